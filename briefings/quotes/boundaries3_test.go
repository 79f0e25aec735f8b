package quotes

import (
	"slices"
	"testing"
)

// "to" before a noun phrase, and a short object naming a way of
// speaking before "about", go with the cue: the statement is the noun
// phrase after them.
func TestRulesCueComplement(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The ferry operator agreed to a new contract with the port.",
			"a new contract with the port by The ferry operator"},
		{"The principal responded to a petition from the parents.",
			"a petition from the parents by The principal"},
		{"The coach offered some warm words about the young goalkeeper.",
			"the young goalkeeper by The coach"},
		{"Farmers are voicing concern about the dry spring.",
			"the dry spring by Farmers"},
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
