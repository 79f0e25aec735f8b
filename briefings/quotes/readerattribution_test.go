package quotes

import (
	"strings"
	"testing"
)

// readerCase is a sentence and the attributions a reader should see in
// it, each as "speaker | cue | content" (content spans joined by " … ").
type readerCase struct {
	name, text string
	want       []string
}

// readerAttributions gives e's attributions of text in the form of
// readerCase.want.
func readerAttributions(e Extractor, text string) []string {
	rs := []rune(text)
	var out []string
	for _, a := range e.Extract(text) {
		var cs []string
		for _, c := range a.Content {
			cs = append(cs, string(rs[c.Start:c.End]))
		}
		out = append(out, string(rs[a.Speaker.Start:a.Speaker.End])+" | "+string(rs[a.Cue.Start:a.Cue.End])+" | "+strings.Join(cs, " … "))
	}
	return out
}

// runReaderCases checks each case with the rules alone and with the
// embedded model, as briefings show them.
func runReaderCases(t *testing.T, cases []readerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range []Extractor{{}, {Model: defaultModel}} {
				got := readerAttributions(e, c.text)
				if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("model %v: %q\n got %q\nwant %q", e.Model != nil, c.text, got, c.want)
				}
			}
		})
	}
}

// A past participle and its phrase after a noun ("quoted in the report",
// "posted at the crossing") qualify the subject of the verb of saying
// that follows them: that verb is the cue, not the participle, and the
// phrase stays out of the content.
func TestReaderParticipleBeforeSay(t *testing.T) {
	runReaderCases(t, []readerCase{
		{"quoted in", "Analysts quoted in the report said the harbour expansion would pay for itself within a decade.",
			[]string{"Analysts quoted in the report | said | the harbour expansion would pay for itself within a decade"}},
		{"posted at", "Officers posted at the border crossing said the queue stretched for six miles on Friday.",
			[]string{"Officers posted at the border crossing | said | the queue stretched for six miles on Friday"}},
		{"document", "A notice posted on the museum door said the galleries would reopen in April.",
			[]string{"A notice posted on the museum door | said | the galleries would reopen in April"}},
		{"stationed in", "Engineers stationed in the valley told reporters the dam had held through the night.",
			[]string{"Engineers stationed in the valley | told | the dam had held through the night"}},
		// Guards: a name's own post, and a participle whose clause is a
		// "that" clause, stay cues.
		{"name posts", "Okafor posted on the club forum that the season would start late.",
			[]string{"Okafor | posted | that the season would start late"}},
		{"that clause", "The wardens posted on the gate that the park said it would close early.",
			[]string{"The wardens | posted | that the park said it would close early"}},
	})
}

// A name in the phrase of a participle that qualifies the speaker's
// noun is where the statement was posted, not who made it: the shown
// name stays empty.
func TestReaderParticiplePhraseName(t *testing.T) {
	checkNames(t, []nameCase{
		{"A notice posted on the door of Hallam Library said the rooms would close at noon.", "said", ""},
		{"A message pinned on the forum Ferrylink said crossings were cancelled.", "said", ""},
		// Guard: the agent after "by" wrote it.
		{"Marta Quill leads the trust. A letter signed by Marta Quill said the rooms would close.", "said", "Marta Quill"},
	})
}

// A speaker qualified by two phrases ("a spokesman for the union at the
// plant") is the whole phrase: the second phrase had left no speaker at
// all, and with it no attribution.
func TestReaderTwoPhraseSpeaker(t *testing.T) {
	runReaderCases(t, []readerCase{
		{"for at", "A spokesman for the union at the plant said the workers would vote on the offer next week.",
			[]string{"A spokesman for the union at the plant | said | the workers would vote on the offer next week"}},
		{"with time", "A spokeswoman for the drivers at the depot said on Monday that the buses would run as normal.",
			[]string{"A spokeswoman for the drivers at the depot | said | that the buses would run as normal"}},
		{"after quotation", "\u201cWe will appeal,\u201d a lawyer for the club at the tribunal said.",
			[]string{"a lawyer for the club at the tribunal | said | \u201cWe will appeal,\u201d"}},
		// A porter is a person noun too (personNouns): the place after
		// the second phrase is the speaker's, as gold's sources of the
		// shape on train take it ("… in Pasadena, Calif.").
		{"name in phrase", "A porter for the hotel in Cardiff said the rooms were full.",
			[]string{"A porter for the hotel in Cardiff | said | the rooms were full"}},
		// Guards: one phrase, and a head that is no role, as before.
		{"one phrase", "A spokesman for the union said the workers would vote on the offer next week.",
			[]string{"A spokesman for the union | said | the workers would vote on the offer next week"}},
		{"in place", "A nurse at the hospital in the city said the ward would stay open.",
			[]string{"A nurse at the hospital in the city | said | the ward would stay open"}},
	})
}

// "Police questioned a farmer who said …" is an interrogation: it states
// nothing, and the statement is the relative clause's, of "who". A
// subject pronoun in the relative clause's statement ("who said he had
// seen") is that statement's subject, not the end of the relative clause.
// "question" with a claim or a quality as its object stays a cue.
func TestReaderInterrogation(t *testing.T) {
	runReaderCases(t, []readerCase{
		{"questioned who said", "Police questioned a farmer who said he had seen a white van near the barn at midnight.",
			[]string{"who | said | he had seen a white van near the barn at midnight"}},
		{"questioned pronoun", "Detectives questioned him about the missing ledger for three hours.", nil},
		{"questioned count", "Inspectors questioned two drivers about the crash on the ring road.", nil},
		{"interviewed who said", "Reporters interviewed a ferryman who said he had warned the harbour master twice.",
			[]string{"who | said | he had warned the harbour master twice"}},
		// Guards: doubt cast on a claim or a quality.
		{"doubt", "The coach questioned the referee's decision to end the match early.",
			[]string{"The coach | questioned | the referee's decision to end the match early"}},
		{"possessive quality", "Several trustees questioned her commitment to the archive.",
			[]string{"Several trustees | questioned | her commitment to the archive"}},
		{"relative object", "People who oppose it say the levy is unfair.",
			[]string{"who | oppose | it", "People | say | the levy is unfair"}},
	})
}
