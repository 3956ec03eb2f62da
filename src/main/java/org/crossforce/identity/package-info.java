/**
 * Identity resolution: which person records, from any force and any system, are one person. Pairs
 * of records are found by blocking, scored with a Fellegi-Sunter model whose weights are learnt
 * from the data and explained field by field, and joined into identities with guards against
 * chains and conflicting PNC ids. Analysts' judgements overrule the model and teach it.
 */
package org.crossforce.identity;
