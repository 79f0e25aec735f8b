package quotes

import "testing"

// A quotation after the comma that closes a clause opening the sentence
// ("When …, she said, “…”") is the main clause's: the cue in the opening
// clause governs only what stands before that comma, and does not take
// the quotation from the main clause's cue.
func TestOwnerFrontedClause(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"when", "When the engineer described the tunnel route to the council, she said, \"It will take two winters to dig.\"", "said", "\"It will take two winters to dig.\"", "she"},
		{"after", "After the treasurer accused him of waste, the councilman warned, \"She will regret those words.\"", "warned", "\"She will regret those words.\"", "the councilman"},
		{"while", "While Dana Pike praised the new schedule, her deputy added, \"Nobody asked the drivers.\"", "added", "\"Nobody asked the drivers.\"", "her deputy"},
		{"opening cue keeps its object", "After the treasurer accused him of waste, the councilman warned, \"She will regret those words.\"", "accused", "him of waste", "the treasurer"},
		// Guard: with nothing between the cue and the comma, the
		// quotation is what the opening clause reports.
		{"as reported", "As the county paper reported, \"The ferry will stop running in May.\"", "reported", "\"The ferry will stop running in May.\"", "the county paper"},
	})
}

// Two participles after a main clause ("…, praising X and saying Y")
// are two statements even when an adverb stands before the second one
// ("and loudly insisting", "and even vowing"): the first one's content
// stops before "and".
func TestOwnerSecondParticipleAfterAdverb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"first stops", "The mayor spoke at the depot, praising the new budget and loudly insisting the town would thrive.", "praising", "the new budget", "The mayor"},
		{"second kept", "The mayor spoke at the depot, praising the new budget and loudly insisting the town would thrive.", "insisting", "the town would thrive", "The mayor"},
		{"even", "The foreman spoke at length, faulting the contractor and even vowing to fire the crew.", "vowing", "to fire the crew", "The foreman"},
	})
}
