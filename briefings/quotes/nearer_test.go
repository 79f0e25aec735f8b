package quotes

import "testing"

// A participle after a "when" or "as" clause belongs to that clause's
// subject, not the main clause's; after "after" the main subject keeps
// it.
func TestRulesParticipleAfterNearerClause(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"when", "The vote was delayed when the clerk arrived late, calling the rules unfair.",
			"the rules unfair by the clerk"},
		{"as, past", "The governor spoke as a janitor climbed onto the stage, saying he was there to fix the lights.",
			"he was there to fix the lights by a janitor"},
		{"as, present", "The chef frowns as a waiter steps into the kitchen, saying the guests want dessert.",
			"the guests want dessert by a waiter"},
		{"even as, pronoun", "The coach admitted some mistakes even as she defended her players, insisting the team had played hard.",
			"the team had played hard by she"},
	})
}
