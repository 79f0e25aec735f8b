package quotes

import (
	"slices"
	"strings"
	"testing"
)

// "knew", "felt", "feels" and "saw" before a clause, and "saw" and
// "view" before an object and "as", state what the subject holds true:
// the subject is the speaker and the clause, or the object with its
// "as" phrase, the content.
func TestRulesCognition(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Most of the growers knew the harvest would be late.",
			"the harvest would be late by Most of the growers"},
		{"The governor's staff knew it was unlikely that the bill would pass.",
			"it was unlikely that the bill would pass by The governor's staff"},
		{"She feels the council has ignored her street for years.",
			"the council has ignored her street for years by She"},
		{"The ranchers saw that the drought could ruin them.",
			"that the drought could ruin them by The ranchers"},
		{"Several economists view the tariff as a costly blunder.",
			"the tariff as a costly blunder by Several economists"},
		{"Older fans saw the new stadium as a betrayal of the club's roots.",
			"the new stadium as a betrayal of the club's roots by Older fans"},
		{"The coach views himself as a teacher first.",
			"himself as a teacher first by The coach"},
		{"Tenants view them largely as a nuisance and little more.",
			"them largely as a nuisance and little more by Tenants"},
	})
}

// A quantity standing alone is the subject of the cue after it when a
// proportion ("one in five"), an exception ("all but four") or a
// clause-opening conjunction ("But few …") comes before it: it is not
// the determiner of a noun.
func TestRulesQuantitySubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Roughly one in five said the levy was unfair.",
			"the levy was unfair"},
		{"At the hearing on the dam, all but four argued the county should drain the lake.",
			"the county should drain the lake"},
		{"But few think the truce between the two clubs will hold until spring.",
			"the truce between the two clubs will hold until spring"},
		// The phrase after the quantity says of whom, and is the speaker's.
		{"Yet most in the valley want to keep the old bridge open.",
			"to keep the old bridge open"},
	} {
		got := rulesContents(c.text)
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, c.want+" by ") }) {
			t.Errorf("%q: rules gave %q, want content %q", c.text, got, c.want)
		}
	}
}
