package org.crossforce.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One document in the tree of a file that was sent: the file, its attachments, what they contain.
 *
 * @param failure why this part could not be read, if it could not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TreeNode(
        String id,
        @JsonProperty("parent_id") String parentId,
        String path,
        int depth,
        String title,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("media_type") String mediaType,
        long size,
        boolean original,
        String failure) {
}
