package quotes

import (
	"slices"
	"testing"
)

// "knew", "felt", "feels" and "saw" before a clause, and "saw" and
// "view" before an object and "as", state what the subject holds true:
// the subject is the speaker and the clause, or the object with its
// "as" phrase, the content.
func TestRulesCognition(t *testing.T) {
	for _, c := range []struct{ text, want string }{
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
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
