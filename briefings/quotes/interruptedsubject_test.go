package quotes

import "testing"

// A subject interrupted before its verb of saying: a list of names and a
// last noun phrase joined by commas and "and" speaks whole; a focus
// adverb or a conjunction opening the sentence is no part of a subject
// whose aside ("like …", "such as …") stands before the verb.
func TestInterruptedSubjectBeforeSayVerb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"list with a common last item", "Ms. Reyes, Mrs. Kahn and other bakers on the east side said their ovens were now mostly electric.",
			"said", "their ovens were now mostly electric", "Ms. Reyes, Mrs. Kahn and other bakers on the east side"},
		{"list of names", "Lee, Cole and Park said the plan was dead.",
			"said", "the plan was dead", "Lee, Cole and Park"},
		{"list with a serial comma", "Dr. Vance, Ms. Ortiz, and two nurses said the ward was full.",
			"said", "the ward was full", "Dr. Vance, Ms. Ortiz, and two nurses"},
		{"even, like", "Even the club's oldest members, like Moss and Hale, say most of the dues should go to the pool.",
			"say", "most of the dues should go to the pool", "the club's oldest members"},
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
		{"dash aside with a title", `A clerk at the seed shop - a family store known as "the green corner" - noted that the shop closes on Mondays.`,
			"noted", "that the shop closes on Mondays", "A clerk at the seed shop"},
		{"dash aside quoting before the dash", `The mayor - who earlier told us he would "fight to the end" - said at a Saturday rally that the city should close the plant.`,
			"said", "that the city should close the plant", "The mayor"},
		{"long bracketed appositive", "Few coaches say so, but Dana Holt (a former sprinter so quiet she was once taken for a fan) says she was lost in her first season.",
			"says", "she was lost in her first season", "Dana Holt (a former sprinter so quiet she was once taken for a fan)"},
	})
}

// A prepositional phrase holding a number after its adverb ("of nearly
// three decades") stays in the subject before an appositive.
func TestQuantityAdverbInSubjectPhrase(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"of nearly three decades", "The cook of nearly three decades, a young father who has worked in three of the town's diners, said the kitchen was too hot.",
			"said", "the kitchen was too hot", "The cook of nearly three decades"},
	})
}
