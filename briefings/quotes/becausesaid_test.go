package quotes

import (
	"slices"
	"testing"
)

// A verb of saying keeps the reason its statement gives ("said … because
// the engineers doubt …") as part of what was said, with no second
// statement for the reason's own verb; after other verbs, and after
// other conjunctions, the statement still ends before the clause.
func TestRulesReasonGoesOnAfterSay(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{
			name: "said because",
			text: "Marlow said the tunnel is a mistake because engineers doubt its cost.",
			want: []string{"the tunnel is a mistake because engineers doubt its cost by Marlow"},
		},
		{
			name: "told because",
			text: "The harbor master told reporters the ferry would run late because the crews expect a storm.",
			want: []string{"the ferry would run late because the crews expect a storm by The harbor master"},
		},
		{
			name: "guard: a stance verb stops before the reason",
			text: "The coach backed the young keeper because he believes in youth.",
			want: []string{"the young keeper by The coach", "in youth by he"},
		},
		{
			name: "guard: while still ends the statement",
			text: "Marlow said the tunnel would open in May while the engineers doubt its cost.",
			want: []string{"the tunnel would open in May by Marlow", "its cost by the engineers"},
		},
		{
			name: "guard: a reason with no cue of its own",
			text: "The principal said classes would end early because the buses are late.",
			want: []string{"classes would end early because the buses are late by The principal"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := rulesContents(c.text); !slices.Equal(got, c.want) {
				t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
			}
		})
	}
}
