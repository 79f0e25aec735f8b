package quotes

import (
	"slices"
	"testing"
)

// A conjunction that opens a clause with a subject of its own ends the
// statement before it.
func TestRulesSecondClause(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The mayor has not endorsed Perez and the council chairman withdrew his support.",
			"Perez by The mayor"},
		{"Most members said they will skip the summit and others have said they are undecided.",
			"they will skip the summit by Most members"},
		{"The senator said the mine flooded twice and she asked the agency for a review.",
			"the mine flooded twice by The senator"},
		{"The league declined to renew the contract and the players union could not find a sponsor.",
			"to renew the contract by The league"},
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}

// A second verb in the cue's own form, after an object or an infinitive
// with no verb of its own, is the speaker's next predicate.
func TestRulesSpeakerSecondVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The governor has vowed to keep the clinics open and celebrated the court ruling on Friday.",
			"to keep the clinics open by The governor"},
		{"The group largely supports the bill and ranks it as its top goal.",
			"the bill by The group"},
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}

// The preposition right after a cue goes with the cue, not with its
// object.
func TestRulesLeadingParticle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The auditor warned of a hole in the pension fund.",
			"a hole in the pension fund by The auditor"},
		{"The pastor worried about the empty pews.",
			"the empty pews by The pastor"},
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
