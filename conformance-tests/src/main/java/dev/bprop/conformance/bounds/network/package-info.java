/** The family of networks the bounds clauses measure: shapes counted as clause NOT-W counts, problems from a seed. */
package dev.bprop.conformance.bounds.network;
