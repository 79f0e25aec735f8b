package quotes

import "testing"

// TestCastAsCue holds cue verbs the lexicon lacked: "cast X as Y", which
// frames X as "portrayed" would, and "savage", "recite", "vouch for".
func TestCastAsCue(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"cast as", "Mayor Dunleavy cast herself as a friend of the ferry workers.", "cast",
			"herself as a friend of the ferry workers", "Mayor Dunleavy"},
		{"has cast as", "Okafor has cast the levy as a tax on small farms.", "cast",
			"the levy as a tax on small farms", "Okafor"},
		{"is casting as", "The senator is casting himself as the only adult in the chamber.", "casting",
			"himself as the only adult in the chamber", "The senator"},
		{"savaging participle", "Ms. Reyes spoke for an hour, savaging the harbor board as careless stewards.", "savaging",
			"the harbor board as careless stewards", "Ms. Reyes"},
		{"reciting participle", "Pastor Lindqvist closed the rally, reciting a psalm about patience.", "reciting",
			"a psalm about patience", "Pastor Lindqvist"},
		{"vouched for", "Coach Amari Bello vouched for the young goalkeeper.", "vouched for",
			"the young goalkeeper", "Coach Amari Bello"},
	})
}
