package quotes

import "testing"

// A quotation after the comma that closes a clause opening the sentence
// ("When …, she said, “…”") is the main clause's: the cue in the opening
// clause governs only what stands before that comma, and does not take
// the quotation from the main clause's cue.
func TestOwnerFrontedClause(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"when", "When the engineer first described the tunnel in March, she said, \"It will take two winters to dig.\"", "said", "\"It will take two winters to dig.\"", "she"},
		{"after", "After the treasurer accused him of waste, the councilman warned, \"She will regret those words.\"", "warned", "\"She will regret those words.\"", "the councilman"},
		{"while", "While Dana Pike praised the new schedule, her deputy added, \"Nobody asked the drivers.\"", "added", "\"Nobody asked the drivers.\"", "her deputy"},
		{"opening cue keeps its object", "After the treasurer accused him of waste, the councilman warned, \"She will regret those words.\"", "accused", "him of waste", "the treasurer"},
		// Guard: with nothing between the cue and the comma, the
		// quotation is what the opening clause reports.
		{"as reported", "As the county paper reported, \"The ferry will stop running in May.\"", "reported", "\"The ferry will stop running in May.\"", "the county paper"},
	})
}
