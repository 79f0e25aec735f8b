package quotes

import "testing"

// A common noun for a role or an occupation before a name ("Analyst",
// "Volunteer"), capitalized for opening the sentence or used as a title,
// is the person's role, not part of the name a briefing shows. Names
// that are names whole stay as they were.
func TestReaderRoleBeforeName(t *testing.T) {
	checkNames(t, []nameCase{
		{"Analyst Mirela Dobre said the bond market had steadied.", "said", "Mirela Dobre"},
		{"Substitute Femi Adeyemi came on at half-time. \"I just wanted the ball,\" Adeyemi said.", "said", "Femi Adeyemi"},
		{"Volunteer Hana Kiri said the shelter was full.", "said", "Hana Kiri"},
		{"\"The tide turned early,\" said Resident Agnes Holm.", "said", "Agnes Holm"},
		// Guards: a single name after the word, a word that is also a
		// first name, a listed title and a word for a kind of person
		// that opens a name, as before.
		{"Fan Lirong said the exhibition would travel to Oslo.", "said", "Fan Lirong"},
		{"Mother Benedicta said the convent would stay open.", "said", "Mother Benedicta"},
		{"Porter Lyle Dunmore said the road was closed.", "said", "Porter Lyle Dunmore"},
		{"Mayor Ilse Varga said the bridge would reopen.", "said", "Ilse Varga"},
		{"Man Wai Lok said the ferry was late again.", "said", "Man Wai Lok"},
	})
}

// "one of the negotiators for the union … said": the plural noun after
// "the" heads the subject; it is not a verb trailing the quotation.
func TestReaderOneOfTheSpeaker(t *testing.T) {
	runReaderCases(t, []readerCase{
		{"two phrases", "\u201cThe deal is dead,\u201d one of the negotiators for the union at the talks said.",
			[]string{"one of the negotiators for the union at the talks | said | \u201cThe deal is dead,\u201d"}},
		{"one phrase", "\u201cWe will rebuild,\u201d one of the owners of the bakery said.",
			[]string{"one of the owners of the bakery | said | \u201cWe will rebuild,\u201d"}},
		// Guards: a plural subject before the verb of saying, and an
		// unlisted verb after a noun, as before.
		{"plural subject", "\u201cWe will rebuild,\u201d the owners said.",
			[]string{"the owners | said | \u201cWe will rebuild,\u201d"}},
		{"unlisted verb", "\u201cEnough,\u201d the chairman shrugs.",
			[]string{"the chairman | shrugs | \u201cEnough,\u201d"}},
	})
}

// A steward, a porter, a caretaker: someone named by an occupation that
// is no role for an organisation heads a speaker with its phrases, as
// "a spokesman for the union" does.
func TestReaderOccupationSpeaker(t *testing.T) {
	runReaderCases(t, []readerCase{
		{"two phrases", "The match was called off, a steward for the league at the ground said.",
			[]string{"a steward for the league at the ground | said | The match was called off"}},
		{"one phrase", "The lift was broken again, a porter at the hotel said.",
			[]string{"a porter at the hotel | said | The lift was broken again"}},
		{"forward", "A caretaker for the school said the boiler had failed.",
			[]string{"A caretaker for the school | said | the boiler had failed"}},
		// Guards: a plural and a group with a phrase, as before.
		{"plural", "Most voters at the rally said taxes were too high.",
			[]string{"Most voters | said | taxes were too high"}},
		{"group", "A group of parents at the school said the gates opened late.",
			[]string{"A group of parents | said | the gates opened late"}},
	})
}

// nameCase is a sentence, the cue of an attribution in it and the name it
// should show (SpeakerName).
type nameCase struct{ text, cue, want string }

// checkNames extracts each case's text and checks the shown name of every
// attribution with the case's cue; a case with no such attribution fails.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		rs := []rune(c.text)
		found := false
		for _, a := range Extract(c.text) {
			if string(rs[a.Cue.Start:a.Cue.End]) != c.cue {
				continue
			}
			found = true
			if a.SpeakerName != c.want {
				t.Errorf("%q: name %q, want %q", c.text, a.SpeakerName, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no attribution with cue %q", c.text, c.cue)
		}
	}
}
