package quotes

import "testing"

// A discourse phrase of two or three words between commas ("for
// instance", "in fact", "for their part") stands between a subject and
// its verb of saying as a single adverb ("however") does: the subject
// before it, with its relative clause or prepositional phrase, speaks.
func TestDiscoursePhraseBeforeSayVerb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"relative clause, for instance", "The bakers who lost the contest, for instance, said the oven ran cold.",
			"said", "the oven ran cold", "The bakers"},
		{"prepositional phrase, for instance", "The growers in the valley, for instance, noted that the rain was late.",
			"noted", "that the rain was late", "The growers"},
		{"relative clause, in fact", "The nurses who staffed the ward, in fact, said the shifts were too long.",
			"said", "the shifts were too long", "The nurses"},
		{"for their part", "Local officials, for their part, said the plan was late.",
			"said", "the plan was late", "Local officials"},
	})
}

// After a short opener and a parenthetical cue ("Now, she said, …") the
// clause that follows is the statement even when its subject is long: a
// pair of noun phrases, a prepositional phrase, or an adverb before the
// verb. Such a subject is no closing appositive.
func TestLongSubjectAfterParentheticalCue(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"coordinated subject", "Now, she said, the farmers and the miners don't talk much.",
			"said", "the farmers and the miners don't talk much", "she"},
		{"prepositional phrase", "Now, she said, the farmers in the valley don't talk much.",
			"said", "the farmers in the valley don't talk much", "she"},
		{"adverb before the verb", "Today, he said, the farmers and the miners rarely talk.",
			"said", "the farmers and the miners rarely talk", "he"},
	})
}

// A participial aside that quotes something ("citing “…,”", "quoting
// “…,”") stands between a subject and its verb of saying: the subject
// speaks, the clause after the verb is what was said, and the aside's
// content ends at its quotation. A quotation closed by its comma and
// followed by a verb of saying ends the content before it.
func TestQuotedParticipialAsideBeforeSayVerb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"citing", `Mr. Porter, citing "the quiet strength of the plan," said the mayor could win.`,
			"said", "the mayor could win", "Mr. Porter"},
		{"citing content", `Mr. Porter, citing "the quiet strength of the plan," said the mayor could win.`,
			"citing", `"the quiet strength of the plan,"`, "Mr. Porter"},
		{"quoting", `Ms. Lane, quoting "an old rule of thumb," said the budget was too thin.`,
			"said", "the budget was too thin", "Ms. Lane"},
		{"second quotation's own cue", `"The ferry is always late," she said, but despite the long delays, "it will sail tonight," added Ortiz, who runs the dock.`,
			"added", `"it will sail tonight,"`, "Ortiz"},
	})
}
