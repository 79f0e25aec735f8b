package quotes

import (
	"strings"
	"testing"
)

// Commas inside the aside of a name that opens the sentence (a city and
// its state, a name in apposition, a relative clause) do not close it: the
// name speaks.
func TestSpeakerAsideWithInnerCommas(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"city and state", "Lena Park, who lost her son in the flood in Dayton, Ohio, in May 2013, said that the city had ignored her.", "said", "Lena Park"},
		{"name inside a relative", "Mr. Ortiz, whose newest firm, Datapoint, sells software to banks, said the mayor was a friend.", "said", "Mr. Ortiz"},
		{"name inside an appositive", "Tomas Berg, the head coach of the region's oldest rowing club, Nordvik, said each race was a lesson.", "said", "Tomas Berg"},
		{"relative inside an appositive", "Dr. Nina Hale of Tulsa, a surgeon who has declined to join the new clinic, said the nurses needed rest.", "said", "Dr. Nina Hale of Tulsa"},
	})
}

// "issued a statement saying": the statement is the main clause
// subject's, not that of a relative clause before the verb.
func TestSpeakerDocumentAfterRelative(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"who said", "Mr. Grant, who argued last month that the jury pool was stacked, released a note Friday saying, \"We expect a fair hearing.\"", "released a note Friday saying", "Mr. Grant"},
	})
}

// A verb after "and" that follows a dashed aside holding a quotation is
// the main subject's, not the aside's speaker's.
func TestSpeakerAfterDashedAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"name", "Ms. Ortiz suggested the mayor had shown a weakness for flattery - \"He would have loved a parade,\" the councilwoman said twice - and repeatedly warned the audience of the risks.", "warned", "Ms. Ortiz"},
		{"pronoun in the aside", "Moss hinted that the rival bid was flimsy - \"Show us the math,\" she said - and charged that the board would drain the reserve.", "charged", "Moss"},
		{"resumed quotation", "She has also complained about plans by the company that runs the ferry to cut winter trips - \"I ride it daily,\" she said, \"I will have to drive now\" - and vowed to fight the change.", "vowed", "She"},
	})
}

// Brackets after a name: a party label belongs to the mention and a
// floated "both" after it is no subject; a relative clause in brackets
// is left out.
func TestSpeakerBrackets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"both after a party label", "He and House Budget Committee Chairwoman Ann Pike (D-Ore.) both faulted the grant rules in letters because few farms qualify.", "faulted", "He and House Budget Committee Chairwoman Ann Pike (D-Ore.)"},
		{"relative in brackets", "Verifact (which is seldom seen as pro-union) reviewed the payroll figures and rated all three of them \"Misleading.\"", "rated", "Verifact"},
	})
}

// A noun of saying after a light verb ("made veiled references to") has
// the verb's subject as its speaker, not the words that modify it.
func TestSpeakerLightVerbObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"made", "Harper has made veiled references to the chairman's age.", "references", "Harper"},
		{"sounded", "Raj Patel, the junior partner of a consulting firm for the league, sounded a cautious note on the season.", "note", "Raj Patel"},
		{"filed", "The union filed a second public-records request with the city for payroll data.", "request", "The union"},
	})
}

// A sentence opening with a subordinate clause that reports a statement
// ("Although Reyes admitted …,") is not the content of the main clause's
// cue: each cue keeps its own statement and speaker.
func TestOpeningReportingClause(t *testing.T) {
	cases := []struct {
		name, text, cue, mention, content string
	}{
		{"although", "Although Mills conceded to the committee that she and the donor had \"talked a few times,\" she insisted they had never discussed the contract.", "insisted", "she", "they had never discussed the contract"},
		{"even as, main cue", "Even as she accused the board of showing Grant special favor, Moss wouldn't openly speculate about the chairman's reasons.", "wouldn't openly speculate", "Moss", "the chairman's reasons"}, // the particle after the cue is left out (secondclause_test.go)
		{"even as, opening cue", "Even as she accused the board of showing Grant special favor, Moss wouldn't openly speculate about the chairman's reasons.", "accused", "she", "the board of showing Grant special favor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var cues []string
			for _, a := range (Extractor{}).Extract(c.text) {
				q := a.Quote(c.text)
				if q.Cue != c.cue {
					cues = append(cues, q.Cue)
					continue
				}
				if q.Mention != c.mention || q.Text != c.content {
					t.Errorf("%q: speaker %q, content %q; want %q, %q", c.cue, q.Mention, q.Text, c.mention, c.content)
				}
				return
			}
			t.Fatalf("no attribution with cue %q (cues %q)", c.cue, cues)
		})
	}
}

// A quotation standing as its own sentence after a statement of its own
// sentence ("…, Costa says.") goes on with that statement's speaker, not
// with an earlier quotation's.
func TestQuotationAfterReportedSentence(t *testing.T) {
	cases := []struct{ name, text, quote, mention string }{
		{"trailing cue", "\"We think the council went too far,\" Ana Costa, director of the tenants' union, said by phone. The union won't represent Silva but plans to follow his case closely, Costa says. \"If the council can pick our words apart, everyone will stay quiet.\"", "everyone will stay quiet", "Costa"},
		{"not after a denial", "\"We have had trouble with break-ins before,\" Ortiz said after the meeting. He didn't suggest a fine. \"Our aim is not to start a feud but to set some rules.\"", "set some rules", "Ortiz"},
		{"leading cue", "\"Voters are tired of the noise,\" said Tom Price, a county clerk. Mary Olsen, 41, a teacher from Salem, says she will vote for the mayor again. \"He fixed the roads, and that is enough for me.\"", "enough for me", "Mary Olsen"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, a := range (Extractor{}).Extract(c.text) {
				q := a.Quote(c.text)
				if strings.Contains(q.Text, c.quote) {
					if q.Mention != c.mention {
						t.Errorf("%q is %q's, want %q's", c.quote, q.Mention, c.mention)
					}
					return
				}
			}
			t.Fatalf("no attribution holds %q", c.quote)
		})
	}
}
