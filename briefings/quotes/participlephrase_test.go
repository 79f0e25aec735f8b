package quotes

import "testing"

// A present participle after a noun opens a reduced relative clause that
// qualifies the noun: in "Officials investigating the crash said" the
// officials speak, not the crash. Shown as a key quote, "— the crash"
// or "— the victims" would name the wrong speaker.
func TestSpeakerBeforeParticiplePhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"investigating", "Officials investigating the derailment said the signal had failed.", "said", "Officials investigating the derailment"},
		{"representing", "Lawyers representing the tenants said they would appeal the eviction order.", "said", "Lawyers representing the tenants"},
		{"treating", "Doctors treating the two climbers told reporters both would recover.", "told", "Doctors treating the two climbers"},
		{"a name as object", "Several councillors backing Mayor Orrin Vale said the budget was sound.", "said", "Several councillors backing Mayor Orrin Vale"},
		{"singular head", "A judge overseeing the inquiry warned that the files must be released.", "warned", "A judge overseeing the inquiry"},
		{"after the statement", "The dam held overnight, engineers monitoring the reservoir said.", "said", "engineers monitoring the reservoir"},
		// Unchanged.
		{"a verb of saying", "Ads showing parents saying they want longer terms ran all week.", "want", "they"},
		{"a noun after an adjective", "It was the same wording the coach said he regretted.", "said", "the coach"},
		{"a pronoun in -thing", "Everything the mayor said was recorded.", "said", "the mayor"},
		{"participle in commas", "The minister, visiting the plant, said jobs were safe.", "said", "The minister"},
		{"plain subject", "The coroner said the driver had died instantly.", "said", "The coroner"},
	})
}
