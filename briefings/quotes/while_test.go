package quotes

import "testing"

// After a parenthetical cue, "while" and a quantity as subject sets a
// second group against the first: the contrast is part of the
// statement. "while" before a scene is the narrator's.
func TestSpeechCueContrastingWhile(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"while others", "The plan drew mixed reviews. Some towns adopted it at once, the mayor said, while others waited for the state.", "said", "Some towns adopted it at once … while others waited for the state", "the mayor"},
		{"while most, quotation", "The plan drew mixed reviews. A few clerks stayed late, Hale said, while most \"just went home early.\"", "said", "A few clerks stayed late … while most \"just went home early.\"", "Hale"},
		{"while and a scene stays out", "The plan drew mixed reviews. Some towns adopted it at once, the mayor said, while visiting the plant.", "said", "Some towns adopted it at once", "the mayor"},
	})
}
