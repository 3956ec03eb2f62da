package org.crossforce.search;

import java.util.List;

/** What the document page shows: the document and the tree of the file it came in. */
public record DocumentPage(DocumentDetails document, List<TreeNode> tree) {
}
