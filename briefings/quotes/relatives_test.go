package quotes

import "testing"

// A cue inside a relative clause between a subject and its verb ends
// before that verb: the main clause's cue keeps its own statement and
// its subject, not the relative pronoun.
func TestSpeakerPastRelativeClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said", "Critics who oppose the tax said it would hurt farmers.", "said", "Critics"},
		{"warned that", "Even members who have backed the plan warned on Monday that the council may have to change course.", "warned", "members"},
		{"agree", "Even analysts who favor a flat levy agree that a shift to it will be slow.", "agree", "analysts"},
	})
}

// An adverb is not a speaker: after an appositive ("…, Ann Cole of
// Oregon, effectively ended …") or between auxiliary and verb ("never
// quite grasped") the subject is the noun phrase before it.
func TestSpeakerNotAnAdverb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after appositive", "The mayor's chief rival, Sen. Ann Cole of Oregon, effectively shut down such questions by saying the race was about jobs.", "saying", "The mayor's chief rival"},
		{"quite", "The guards quite often noted that the visitors had already mapped the exits.", "noted", "The guards"},
	})
}

// A number after "all" or "the" stands for those counted and is the
// subject of the verb after it: "majorities in all four say".
func TestSpeakerCountAlone(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"all four", "Turnout was low, but majorities in all four say they expect the levy to pass.", "say", "four"},
		{"the two", "The two agreed that the vote should wait until spring.", "agreed", "two"},
	})
}

// "what X described as “…”", "whom X called “…”": the noun phrase
// between the relative word and the verb is its subject, so the verb
// before "as" is finite, as it is after a pronoun.
func TestSpeakerObjectRelativeNaming(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"what", "The shop withdrew the lamp before the sale of what its owner described as a \"relic of the port.\"", "described", "its owner"},
		{"whom", "Her closest ally is the planner Dev Rao, whom one colleague described as \"her twin.\"", "described", "one colleague"},
	})
}

// A headline label "Name on Topic:" is the name's: the topic after "on"
// is not part of the speaker.
func TestSpeakerHeadlineTopic(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"on", "Ruiz on Lee Publishing Her Tax Returns: 'I Think She Will.'", ":", "Ruiz"},
	})
}
