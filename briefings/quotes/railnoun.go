package quotes

// railNoun reports whether the cue c at token t, whose cue ends at last
// (its own index when no particle follows), is the noun "rail" ("a rail
// strike", "rail lines", "our rail systems"), not the verb. The bare
// form is a cue only with its particle ("to rail against the ruling");
// "railed", "rails" and "railing" stay cues alone. Measured on PolNeAR
// train: every gold cue of the verb has against, at or about after it,
// and the bare "rail" without one is never a cue.
func railNoun(c cue, t *token, i, last int) bool {
	return c.lemma == "rail" && t.lower == "rail" && last == i
}
