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
		{"name inside an appositive", "Maria Elena Ruiz, the editor in chief of the city's largest paper, El Diario, said every mayor was ambitious.", "said", "Maria Elena Ruiz"},
		{"relative inside an appositive", "Gov. Sam Lee of Iowa, a Democrat who has refused to endorse Ms. Cole, said the family deserved better.", "said", "Gov. Sam Lee of Iowa"},
	})
}

// "issued a statement saying": the statement is the main clause
// subject's, not that of a relative clause before the verb.
func TestSpeakerDocumentAfterRelative(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"who said", "Ms. Lopez, who said last week that the board was biased against her, issued a statement Tuesday saying, \"I do not feel welcome.\"", "saying", "Ms. Lopez"},
	})
}

// A verb after "and" that follows a dashed aside holding a quotation is
// the main subject's, not the aside's speaker's.
func TestSpeakerAfterDashedAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"name", "Ms. Ortiz suggested the mayor had shown a weakness for flattery - \"He would have loved a parade,\" the councilwoman said twice - and repeatedly warned the audience of the risks.", "warned", "Ms. Ortiz"},
		{"pronoun in the aside", "Lee argued that the budget was unserious - \"We need the numbers,\" she said - and charged that the council would ruin the pension fund.", "charged", "Lee"},
		{"resumed quotation", "He has also railed against plans by the firm that owns the bakery to move jobs abroad - \"I love their bread,\" he said, \"I will never buy it again\" - and vowed to tax the imports.", "vowed", "He"},
	})
}

// Brackets after a name: a party label belongs to the mention and a
// floated "both" after it is no subject; a relative clause in brackets
// is left out.
func TestSpeakerBrackets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"both after a party label", "She and Senate Rules Committee Chairman Tom Reyes (R-Ga.) both criticized the housing program in statements because some tenants are eligible.", "criticized", "She and Senate Rules Committee Chairman Tom Reyes (R-Ga.)"},
		{"relative in brackets", "Factcheck (which is not known as left-leaning) examined the charge and rated both parts of it \"False.\"", "rated", "Factcheck"},
	})
}

// A noun of saying after a light verb ("made veiled references to") has
// the verb's subject as its speaker, not the words that modify it.
func TestSpeakerLightVerbObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"made", "Lopez has made veiled references to the mayor's health.", "references", "Lopez"},
		{"sounded", "Ann Lee, the Democratic half of a polling team for the paper, sounded a cautious note about the results.", "note", "Ann Lee"},
		{"filed", "The watchdog filed a public-records request with the agency for the emails.", "request", "The watchdog"},
	})
}

// A sentence opening with a subordinate clause that reports a statement
// ("Although Reyes admitted …,") is not the content of the main clause's
// cue: each cue keeps its own statement and speaker.
func TestOpeningReportingClause(t *testing.T) {
	cases := []struct {
		name, text, cue, mention, content string
	}{
		{"although", "Although Reyes admitted to the paper that he and the man had \"been partners for some time,\" he claimed they had never met in person.", "claimed", "he", "they had never met in person"},
		{"even as, main cue", "Even as he accused the agency of giving Lopez special treatment, Ortiz wouldn't directly speculate about the director's motives.", "wouldn't directly speculate", "Ortiz", "the director's motives"}, // the particle after the cue is left out (boundaries2_test.go)
		{"even as, opening cue", "Even as he accused the agency of giving Lopez special treatment, Ortiz wouldn't directly speculate about the director's motives.", "accused", "he", "the agency of giving Lopez special treatment"},
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
