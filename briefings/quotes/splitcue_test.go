package quotes

import "testing"

// A statement split around a parenthetical cue is joined when the part
// before the cue cannot stand alone: a subject before a speaker whose
// aside (an appositive, a relative clause) closes before the predicate,
// a quoted subject with no verb of its own before an unquoted
// predicate, and a quotation opening with an anticipatory "it" before
// the "that" clause or infinitive it stands for. A quotation that is a
// clause of its own keeps the cue's trailer out ("to reporters",
// "taped on Friday"), and so does a speaker's aside followed by
// "adding".
func TestSpeechCueSplitAroundCue(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"relative clause of the speaker", "The vote was close. And the mayor, said Ann Cole, who worked for her for years, never forgets a slight.", "said", "And the mayor … never forgets a slight", "Ann Cole"},
		{"appositive with a prepositional phrase", "The deal was signed. Any honest reading of the deal, said Tom Reyes, an expert at a think tank in Ohio, would see it as a retreat.", "said", "Any honest reading of the deal … would see it as a retreat", "Tom Reyes"},
		{"negated auxiliary after the aside", "The vote was close. And the mayor, said Ann Cole, who stays close to her old boss, doesn't forgive a slight.", "said", "And the mayor … doesn't forgive a slight", "Ann Cole"},
		{"scare quotes in the subject", "The deal was signed. Any “honest” reading of the deal, said Tom Reyes, a scholar of trade, would call it a retreat.", "said", "Any “honest” reading of the deal … would call it a retreat", "Tom Reyes"},
		{"quoted subject, unquoted predicate", "The party ended late. “Only you, Sam,” she said, would pick such a rainy day to boast.", "said", "“Only you, Sam,” … would pick such a rainy day to boast", "she"},
		{"anticipatory it and that", "The two men lived here. “It is our misfortune,” he said, that both of them prayed at this small chapel.", "said", "“It is our misfortune,” … that both of them prayed at this small chapel", "he"},
		{"anticipatory it and to", "The panel met again. But “it is a better use of our time,” he added, to wait for the next budget.", "added", "But “it is a better use of our time,” … to wait for the next budget", "he"},
		{"a clause quoted, then a trailer", "The count ended. “It is over,” he said, to reporters outside the hall.", "said", "“It is over,”", "he"},
		{"a clause quoted, then a participle", "The count ended. “But I think the count raises hard questions,” the mayor told a radio host in the interview, taped on Friday.", "told", "“But I think the count raises hard questions,”", "the mayor"},
		{"aside then adding", "The count ended. “We will win,” said Ann Cole, who ran the office for years, adding that she was sure.", "said", "“We will win,”", "Ann Cole"},
	})
}
