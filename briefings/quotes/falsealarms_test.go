package quotes

import "testing"

// falseAlarmCase is a passage and a cue word in it that reports no
// statement: the rules must give no attribution with that cue.
type falseAlarmCase struct {
	name, text, cue string
}

// runFalseAlarmCases checks that the rules give no attribution whose cue
// is c.cue in c.text.
func runFalseAlarmCases(t *testing.T, cases []falseAlarmCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, a := range (Extractor{}).Extract(c.text) {
				if cue := string([]rune(c.text)[a.Cue.Start:a.Cue.End]); cue == c.cue {
					q := a.Quote(c.text)
					t.Errorf("%q in %q: got content %q, speaker %q; want no attribution", c.cue, c.text, q.Text, q.Mention)
				}
			}
		})
	}
}

// TestFalseAlarms holds cue words that, in these shapes, frame nothing
// said: a tally set out as labels, "found itself", a cue whose content
// would only be its trailer, "appeared" of showing up, and the person a
// passive "was asked" names, a byline or a headline's "Revealed:".
func TestFalseAlarms(t *testing.T) {
	cases := []falseAlarmCase{
		{"tally", "Delegate totals after Tuesday.\n\nPledged: 905.\n\nHerrera: 612.\n\nMorales: 293.", ":"},
		{"found itself", "The utility found itself in the middle of the quarrel over rates.", "found"},
		{"found themselves", "After the vote, the two councilmen found themselves on opposite sides of the budget fight.", "found"},
		{"wrote in a letter", "The senator wrote in a letter to the board.", "wrote"},
		{"reported from", "Ms. Park reported from Denver.", "reported"},
		{"apologized last year", "Grant apologized last year.", "apologized"},
		{"said on a day", "The plan is doomed, as the coach said on Friday at a rally in Tulsa.", "said"},
		{"told on a day", "The chairman told reporters on Monday.", "told"},
		{"appeared with", "The governor appeared with the mayor at a rally in Fresno last week.", "appeared"},
		{"appeared on a show", "Ms. Lin appeared on a morning show in Chicago.", "appeared"},
		{"was asked after a question", "Why is the plan so costly? Mr. Ortega was asked.", "asked"},
		{"byline", "BYLINE: Dana Whitfield\n\nThe county board met on Monday to weigh the levy.", ":"},
		{"revealed", "Revealed: What The Mayor's Calendar Shows About Her Busy Summer\n\nThe calendar runs to 40 pages.", ":"},
	}
	runFalseAlarmCases(t, cases)
}

// TestFalseAlarmControls are the same cue words where they do report a
// statement, which the checks above must leave alone.
func TestFalseAlarmControls(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"found that", "The auditor found that the agency had overspent.", "found", "that the agency had overspent", "The auditor"},
		{"appeared to", "The governor appeared to concede the point.", "appeared", "to concede the point", "The governor"},
		{"asked whether", "Mr. Ortega was asked whether the plan was costly.", "asked", "the plan was costly", ""},
		{"trailer then clause", "She noted in a memo Thursday, the county has run out of funds.", "noted", "in a memo Thursday, the county has run out of funds", "She"},
		{"trailer then that", "The mayor said in a statement that the bridge would reopen.", "said", "that the bridge would reopen", "The mayor"},
		{"quoted", "\"We won,\" Ms. Ruiz said.", "said", "\"We won,\"", "Ms. Ruiz"},
		{"headline label", "Ruiz: We Will Win The Runoff\n\nThe runoff is set for June.", ":", "We Will Win The Runoff", "Ruiz"},
	})
}
