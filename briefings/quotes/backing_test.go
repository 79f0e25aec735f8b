package quotes

import "testing"

// A verb of receiving before a noun of support and "of" or "from" makes
// the one after the preposition the backer and the subject what is
// backed, as "has the backing of" does.
func TestReceivedBacking(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"won the endorsement of", "Last week the mayor won the endorsement of the firefighters union.", "endorsement of", "the mayor", "the firefighters union"},
		{"received support from", "She received support from roughly half of the older voters.", "support from", "She", "roughly half of the older voters"},
		{"picked up an endorsement from", "Cole also picked up an endorsement from a former rival.", "endorsement from", "Cole", "a former rival"},
		{"negated", "He has not received any endorsements from his fellow senators.", "endorsements from", "He", "his fellow senators"},
	})
}

// Without a verb of receiving, "support from" names no backing.
func TestReceivedBackingFalseAlarms(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"no verb", "The plan needs support from both parties to pass.", "support from"},
	})
}

// An adverb of manner may stand between a phrasal cue and its particle.
func TestAdverbBeforeParticle(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"highly of", "The coach spoke highly of her young players.", "spoke highly of", "her young players", "The coach"},
		{"at length about", "The mayor talked at length about the flood plan.", "talked at length about", "the flood plan", "The mayor"},
	})
}
