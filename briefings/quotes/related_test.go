package quotes

import "testing"

// An adjective that ties people to someone ("close to", "familiar with",
// "aligned with") and its phrase belong to the speaker's mention, before
// the cue and after an inverted one.
func TestSpeakerRelatedAdjective(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"close to, before", "Aides close to the harbour master said the ferry would run late.", "said", "Aides close to the harbour master"},
		{"familiar with, parenthetical", "The merger, a banker familiar with the talks said, would close in June.", "said", "a banker familiar with the talks"},
		{"close to, inverted", "The ferry would run late, said aides close to the harbour master.", "said", "aides close to the harbour master"},
		{"familiar with, according to", "The merger would close in June, according to a banker familiar with the talks.", "according to", "a banker familiar with the talks"},
		{"aligned with", "Pickets aligned with the tenants' union say the rents are too high.", "say", "Pickets aligned with the tenants' union"},
		{"other prepositions stay", "The ferry would run late, said a spokesman for the harbour.", "said", "a spokesman for the harbour"},
	})
}

// A relative clause after an inverted cue's speaker qualifies the speaker
// as a trailer does: the statement before the cue is still the speaker's.
func TestInvertedSpeakerRelativeClause(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"name withheld", "The ferry would run late, said a clerk who asked that her name be withheld.", "The ferry would run late by a clerk"},
		{"then a participle", "The ferry would run late, said one rider who takes it daily, adding that he would drive.", "The ferry would run late by one rider"},
	})
}
