package quotes

import "testing"

// A quotation said in one sentence goes on in the next when that one
// opens with a few words of narrative and then a quotation, with no cue
// of its own: the whole next sentence joins the content. A label with a
// colon, a long run of narrative or a statement in another paragraph
// does not.
func TestLeadInContinuation(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"connective", "“Nobody expected the vote,” said Lena Ortiz, a baker from Salem. But “the council listened to us in the end.”", "said", "“Nobody expected the vote,” … But “the council listened to us in the end.”", "Lena Ortiz"},
		{"adverb and comma", "“The first offer was low,” he said outside the depot. Now, “both sides seem ready to settle this month.”", "said", "“The first offer was low,” … Now, “both sides seem ready to settle this month.”", "he"},
		{"subject before the quotation", "“We thought the rival was the careless one,” said Omar Haddad, who wrote a book on the race. The mayor “kind of slipped. He should not say that in public.”", "said", "“We thought the rival was the careless one,” … The mayor “kind of slipped. He should not say that in public.”", "Omar Haddad"},
		{"clause before the quotation", "“It was a fine season,” the coach said. Unless the owners spend more, “we will not win the title next year.”", "said", "“It was a fine season,” … Unless the owners spend more, “we will not win the title next year.”", "the coach"},
		{"label with a colon", "“The plan works,” the mayor said. From the city's own report: “Costs rose by a third over two years.”", "said", "“The plan works,”", "the mayor"},
		{"long narrative", "“The plan works,” the mayor said. Council members who met on Tuesday in the old library called it “a costly mistake for the whole town.”", "said", "“The plan works,”", "the mayor"},
		{"next paragraph", "“The plan works,” the mayor said.\n\nLater that week, “costs rose by a third over two years.”", "said", "“The plan works,”", "the mayor"},
	})
}

// A sentence that opens with a quotation, followed by narrative with a
// verb of its own, carries on the quoted statement said just before: the
// quotation joins it, the narrative does not.
func TestQuoteThenNarrative(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"tail with a verb", "“Turnout decides this race,” said Rosa Mendez, the party's county chair. “The senator has to do the ‘long goodbye’ ” - and the wait could last for months.", "said", "“Turnout decides this race,” … “The senator has to do the ‘long goodbye’ ”", "Rosa Mendez"},
		{"tail with a cue", "“Turnout decides this race,” said Rosa Mendez. “The senator has to do more,” her deputy said later.", "said", "“Turnout decides this race,”", "Rosa Mendez"},
	})
}
