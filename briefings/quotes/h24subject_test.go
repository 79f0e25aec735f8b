package quotes

import "testing"

// A subject interrupted before its verb of saying: a list of names and a
// last noun phrase joined by commas and "and" speaks whole; a focus
// adverb or a conjunction opening the sentence is no part of a subject
// whose aside ("like …", "such as …") stands before the verb.
func TestInterruptedSubjectBeforeSayVerb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"list with a common last item", "Ms. Reyes, Mrs. Kahn and other big donors in both parties said their networks were now mostly women.",
			"said", "their networks were now mostly women", "Ms. Reyes, Mrs. Kahn and other big donors in both parties"},
		{"list of names", "Lee, Cole and Park said the plan was dead.",
			"said", "the plan was dead", "Lee, Cole and Park"},
		{"list with a serial comma", "Dr. Vance, Ms. Ortiz, and two nurses said the ward was full.",
			"said", "the ward was full", "Dr. Vance, Ms. Ortiz, and two nurses"},
		{"even, like", "Even the race's loudest critics, like Moss and Hale, say the bulk of the money should go to schools.",
			"say", "the bulk of the money should go to schools", "the race's loudest critics"},
		{"but, including", "But several clinics, including the one on Main Street, said they would stay open.",
			"said", "they would stay open", "several clinics"},
	})
}

// An aside between dashes or a long one in brackets stands between a
// subject and its verb of saying: the subject before it speaks, a title
// in quotation marks inside the aside is no statement, and "noted that"
// is a verb after the aside.
func TestDashOrBracketAsideBeforeSayVerb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"dash aside with a title", `A spokesman for the shoe brand - a small business pitched as "the place for walkers" - noted that the company offers eight weeks of leave.`,
			"noted", "that the company offers eight weeks of leave", "A spokesman for the shoe brand"},
		{"dash aside quoting before the dash", `The mayor - who earlier told us he would "fight to the end" - said at a Saturday rally that the city should close the plant.`,
			"said", "that the city should close the plant", "The mayor"},
		{"long bracketed appositive", "Few politicians would admit this, but Sen. Ann Cole (a Vermont Democrat so young she was mistaken for an intern) says she was adrift in her first weeks.",
			"says", "she was adrift in her first weeks", "Sen. Ann Cole (a Vermont Democrat so young she was mistaken for an intern)"},
	})
}

// A prepositional phrase holding a number after its adverb ("of nearly
// four years") stays in the subject before an appositive.
func TestQuantityAdverbInSubjectPhrase(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"of nearly four years", "The clerk of nearly four years, a registered nurse who spoke on the condition of anonymity for fear of losing her job, said she became ill last year.",
			"said", "she became ill last year", "The clerk of nearly four years"},
	})
}
