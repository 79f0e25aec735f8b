package quotes

import "testing"

// After a whole clause, ", according to X," ends the statement when what
// follows is the narrator's own clause or aside, or more about the
// source; after a fragment the statement goes on.
func TestAccordingToSourceTail(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "narrator's contrast",
			text: "The district spent $40 million on new buses last year, according to a state audit, but the fleet is still too small.",
			want: "The district spent $40 million on new buses last year by a state audit",
		},
		{
			name: "narrator's relative clause",
			text: "The ferry carried twice as many riders in July, according to the port office, which plans to add a boat.",
			want: "The ferry carried twice as many riders in July by the port office",
		},
		{
			name: "participle about the scene",
			text: "Turnout in the valley reached a record, according to county clerks, surprising both parties.",
			want: "Turnout in the valley reached a record by county clerks",
		},
		{
			name: "fragment goes on",
			text: "The cause of the blaze, according to fire officials, was a space heater left on overnight.",
			want: "The cause of the blaze … was a space heater left on overnight by fire officials",
		},
	})
}
