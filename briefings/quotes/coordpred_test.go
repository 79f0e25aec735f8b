package quotes

import "testing"

// TestCoordinatedPredicate: a stance verb's object ends before "and"
// (or ", and") that opens a second predicate of the cue's subject, past
// an adverb, a degree word, a time phrase or a short phrase of occasion;
// the second verb keeps the subject ("and most recently defended" is the
// senator's, not "most"'s). A clause after a verb that takes one, an
// infinitive's second verb, a relative clause's, an adjective before a
// noun and a plural noun before a preposition ("farmers and ranchers
// across the West") stay in the content.
func TestCoordinatedPredicate(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"progressive and phrase", "The county chairwoman is backing Ortiz for the board and in a letter thanked her for a careful campaign.", "backing", "Ortiz for the board", "The county chairwoman"},
		{"hyphened object", "The farm caucus rejected the self-styled reformer and handed his rival a wide lead.", "rejected", "the self-styled reformer", "The farm caucus"},
		{"degree adverb cut", "The senator declined to criticize the donor, and most recently defended the slogan on the flyers.", "declined", "to criticize the donor", "The senator"},
		{"degree adverb subject", "The senator praised the donor, and most recently defended the slogan on the flyers.", "defended", "the slogan on the flyers", "The senator"},
		{"third person", "The guild supports the tax credit and on weekdays sends a lobbyist to the capital.", "supports", "the tax credit", "The guild"},
		{"clause-taking verb stays", "The mayor hopes the levy passes and the depot reopens.", "hopes", "the levy passes and the depot reopens", "The mayor"},
		{"infinitive stays", "The board pledged to cut fees and raise wages.", "pledged", "to cut fees and raise wages", "The board"},
		{"relative stays", "The council backed the mayor who cut fees and raised wages.", "backed", "the mayor who cut fees and raised wages", "The council"},
		{"noun list stays", "The senator supports the farm bill and the water plan.", "supports", "the farm bill and the water plan", "The senator"},
		{"plural nouns stay", "The senator supports farmers and ranchers across the West.", "supports", "farmers and ranchers across the West", "The senator"},
		{"plural nouns stay after a progressive", "The group is backing the nurses and orderlies at the clinic.", "backing", "the nurses and orderlies at the clinic", "The group"},
		{"an -s verb before a name", "The governor praises the ferry crews and thanks Mayor Ruiz for the new pier.", "praises", "the ferry crews", "The governor"},
	})
}
