package quotes

import "testing"

// speechCueCase is a passage, the cue of one of its attributions, and the
// content and speaker mention the rules should give it.
type speechCueCase struct {
	name, text, cue, content, speaker string
}

func runSpeechCueCases(t *testing.T, cases []speechCueCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var cues []string
			for _, a := range (Extractor{}).Extract(c.text) {
				cue := string([]rune(c.text)[a.Cue.Start:a.Cue.End])
				if cue != c.cue {
					cues = append(cues, cue)
					continue
				}
				q := a.Quote(c.text)
				if q.Text != c.content || q.Mention != c.speaker {
					t.Errorf("%q in %q: content %q, speaker %q; want %q, %q", c.cue, c.text, q.Text, q.Mention, c.content, c.speaker)
				}
				return
			}
			t.Errorf("no attribution with cue %q in %q (cues %q)", c.cue, c.text, cues)
		})
	}
}

// "Asked by X whether …" puts a question to the subject of the clause
// after it: the question is X's, and the main clause keeps its own
// attribution. A question word of any kind opens the question, and the
// sentence's full stop is not part of it.
func TestSpeechCueAskedBy(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"by whether", "The hearing ran late. Asked by a reporter whether the bridge would reopen, the engineer said it was too early to tell.", "Asked", "the bridge would reopen", "a reporter"},
		{"main clause kept", "The hearing ran late. Asked by a reporter whether the bridge would reopen, the engineer said it was too early to tell.", "said", "it was too early to tell", "the engineer"},
		{"by about", "The hearing ran late. When asked by Dana Pike about the budget gap, the treasurer said: \"We will manage.\"", "asked", "about the budget gap", "Dana Pike"},
		{"by to", "The hearing ran late. Asked by the moderator to explain her vote, Ms. Ortiz said she had no regrets.", "Asked", "explain her vote", "the moderator"},
		{"which", "The hearing ran late. Asked which road would be paved first, the mayor shrugged.", "Asked", "which road would be paved first", ""},
		{"whom", "The hearing ran late. When asked whom she backed, the clerk laughed and said, \"Nobody yet.\"", "asked", "whom she backed", ""},
		{"full stop", "\"Never,\" the clerk said when asked by a neighbor if she would move.", "asked", "she would move", "a neighbor"},
	})
}

// What a said-verb governs runs on over ", but that …" (a second clause
// of the same verb) and over an absolute ", with …" phrase, but not over
// ", with whom …" or a with-phrase that reports someone else's statement.
func TestSpeechCueContentRunsOn(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"but that", "The ranger said the trail was steep, but that hikers in good shape would manage it.", "said", "the trail was steep, but that hikers in good shape would manage it", "The ranger"},
		{"and that", "Officials said the ferry would be late, and that passengers could wait in the hall.", "said", "the ferry would be late, and that passengers could wait in the hall", "Officials"},
		{"but that was", "The ranger said the trail was steep, but that was not the only problem.", "said", "the trail was steep", "The ranger"},
		{"with figures", "The survey showed the mayor ahead by six points, with 12 percent of residents still undecided.", "showed", "the mayor ahead by six points, with 12 percent of residents still undecided", "The survey"},
		{"with whom", "Ms. Reyes said she had hired Tom Vance, with whom she had worked for years.", "said", "she had hired Tom Vance", "Ms. Reyes"},
		{"with another statement", "The agency denied the report, with its director telling reporters the claim was false.", "denied", "the report", "The agency"},
	})
}
