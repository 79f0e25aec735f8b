package quotes

import (
	"fmt"
	"testing"
)

// trainAndFind trains a model on samples and returns, for each text, the
// speakers the extractor finds with cue, each with its content.
func trainAndFind(t *testing.T, samples []Sample, cue string, texts ...string) []map[string]string {
	t.Helper()
	m, err := Train(samples, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, text := range texts {
		got := map[string]string{}
		for _, a := range (Extractor{Model: m}).Extract(text) {
			if q := a.Quote(text); q.Cue == cue {
				got[q.Mention] = q.Text
			}
		}
		out = append(out, got)
	}
	return out
}

// alternating builds a corpus of 24 samples. marked writes sample i's
// annotated part, with a and b two of corpusNames; unmarked gives a
// sentence left unannotated, which comes before that part in odd samples
// and after it in even ones, so that its place cannot tell it apart.
func alternating(marked func(s *sampleBuilder, i int, a, b string), unmarked func(i int, a, b string) string) []Sample {
	var out []Sample
	for i := range 24 {
		a, b := corpusNames[i%len(corpusNames)], corpusNames[(i+5)%len(corpusNames)]
		s := newSampleBuilder()
		other := unmarked(i, a, b)
		if i%2 == 1 {
			s.text(other)
		}
		marked(s, i, a, b)
		if i%2 == 0 {
			s.text(other)
		}
		out = append(out, s.sample)
	}
	return out
}

// TestTrainContentClause: in this corpus, written for the test, the
// annotators mark "argued" when what follows is a clause ("argued the
// fee would rise") and not when it is a phrase ("argued the fourth
// case"). The two contents are alike in length and first word, so only
// whether the content holds a verb can tell them apart.
func TestTrainContentClause(t *testing.T) {
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		s.attribution(a, " argued ", corpusClauses[i%len(corpusClauses)], ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s argued %s. ", b, corpusPhrases[i%len(corpusPhrases)])
	})
	for _, got := range trainAndFind(t, samples, "argued",
		"Ty Webb argued the fares were high. Mo Grant argued the harbor case.",
		"Mo Grant argued the harbor case. Ty Webb argued the fares were high.",
	) {
		if got["Ty Webb"] == "" || got["Mo Grant"] != "" {
			t.Errorf("found %v, want Ty Webb's statement only", got)
		}
	}
}

// TestTrainContentClauseByCue: in this corpus, written for the test,
// "argued" is marked with a clause only ("argued the fee would rise"),
// "denied" with a phrase only ("denied the fourth charge"). Both are
// verbs of the same class and neither the cue nor the content's form
// alone decides, so only the two joined tell the cases apart.
func TestTrainContentClauseByCue(t *testing.T) {
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		s.attribution(a, " argued ", corpusClauses[i%len(corpusClauses)], ". ")
		s.attribution(b, " denied ", corpusPhrases[(i+1)%len(corpusPhrases)], ". ")
		s.text(a + " denied " + corpusClauses[(i+2)%len(corpusClauses)] + ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s argued %s. ", b, corpusPhrases[i%len(corpusPhrases)])
	})
	for i, got := range trainAndFind(t, samples, "argued",
		"Ty Webb argued the fares were high. Mo Grant argued the harbor case.",
		"Mo Grant argued the harbor case. Ty Webb argued the fares were high.",
	) {
		if got["Ty Webb"] == "" || got["Mo Grant"] != "" {
			t.Errorf("%d: found %v, want Ty Webb's statement only", i, got)
		}
	}
	for i, got := range trainAndFind(t, samples, "denied",
		"Ty Webb denied the fares were high. Mo Grant denied the harbor charge.",
		"Mo Grant denied the harbor charge. Ty Webb denied the fares were high.",
	) {
		if got["Ty Webb"] != "" || got["Mo Grant"] == "" {
			t.Errorf("%d: found %v, want Mo Grant's statement only", i, got)
		}
	}
}

// TestTrainSpeakerCueGap: in this corpus, written for the test, the
// annotators mark "argued" when a time stands between speaker and cue
// ("Ann Lee on Friday argued") and not when a place does ("Bo Diaz in
// Tulsa argued"). The gap is as long and ends alike, so only the word
// that opens it tells the cases apart.
func TestTrainSpeakerCueGap(t *testing.T) {
	days := []string{"Monday", "Tuesday", "Friday", "Sunday"}
	towns := []string{"Tulsa", "Fresno", "Dayton", "Reno"}
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		s.attribution(a, " on "+days[i%len(days)]+" argued ", corpusClauses[i%len(corpusClauses)], ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s in %s argued %s. ", b, towns[i%len(towns)], corpusClauses[(i+3)%len(corpusClauses)])
	})
	for i, got := range trainAndFind(t, samples, "argued",
		"Ty Webb on Thursday argued the fares were high. Mo Grant in Boise argued the bus was slow.",
		"Mo Grant in Boise argued the bus was slow. Ty Webb on Thursday argued the fares were high.",
	) {
		if got["Ty Webb"] == "" || got["Mo Grant"] != "" {
			t.Errorf("%d: found %v, want Ty Webb's statement only", i, got)
		}
	}
}
