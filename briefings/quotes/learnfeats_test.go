package quotes

import (
	"fmt"
	"testing"
)

// mustTrain trains a model on samples with the default options.
func mustTrain(t *testing.T, samples []Sample) *Model {
	t.Helper()
	m, err := Train(samples, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// trainAndFind trains a model on samples and returns, for each text, the
// speakers the extractor finds with cue, each with its content.
func trainAndFind(t *testing.T, samples []Sample, cue string, texts ...string) []map[string]string {
	t.Helper()
	m := mustTrain(t, samples)
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

// keepScores trains a model on samples and returns, for each text, the
// classifier's probability for each rule attribution with cue, by the
// speaker's mention. It tests what the model learned apart from the keep
// threshold, which training picks on held-out folds and which, on a
// corpus of two dozen articles, moves by a step when any feature is
// added or removed.
func keepScores(t *testing.T, samples []Sample, cue string, texts ...string) []map[string]float64 {
	t.Helper()
	m := mustTrain(t, samples)
	var out []map[string]float64
	for _, text := range texts {
		x := &extractor{d: newDoc(text)}
		x.run()
		x.settle()
		var f feats
		got := map[string]float64{}
		word := func(s tspan) string {
			return string(x.d.rs[x.d.toks[s.first].start:x.d.toks[s.last].end])
		}
		for i := range x.attrs {
			a := &x.attrs[i]
			if !a.src.ok() || word(a.cue) != cue {
				continue
			}
			x.candidateFeatures(a, false, &f)
			got[word(a.src)] = sigmoid(m.score(f.idx))
		}
		x.release()
		out = append(out, got)
	}
	return out
}

// scoredApart reports whether, in every map of got, want scores at least
// margin above not.
func scoredApart(t *testing.T, got []map[string]float64, want, not string, margin float64) {
	t.Helper()
	for i, g := range got {
		pw, okw := g[want]
		pn, okn := g[not]
		if !okw || !okn || pw-pn < margin {
			t.Errorf("%d: keep probabilities %v, want %s's at least %.2f above %s's", i, g, want, margin, not)
		}
	}
}

// TestTrainSpeakerCueGap: in this corpus, written for the test, the
// annotators mark "argued" when a time stands between speaker and cue
// ("Ann Lee on Friday argued") and not when a place does ("Bo Diaz in
// Tulsa argued"). The gap is as long and ends alike, so only the word
// that opens it tells the cases apart. Both statements are clauses, so
// every other feature is shared and the test looks at the probabilities:
// the keep threshold chosen on so small a corpus decides by a hair.
func TestTrainSpeakerCueGap(t *testing.T) {
	days := []string{"Monday", "Tuesday", "Friday", "Sunday"}
	towns := []string{"Tulsa", "Fresno", "Dayton", "Reno"}
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		s.attribution(a, " on "+days[i%len(days)]+" argued ", corpusClauses[i%len(corpusClauses)], ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s in %s argued %s. ", b, towns[i%len(towns)], corpusClauses[(i+3)%len(corpusClauses)])
	})
	scoredApart(t, keepScores(t, samples, "argued",
		"Ty Webb on Thursday argued the fares were high. Mo Grant in Boise argued the bus was slow.",
		"Mo Grant in Boise argued the bus was slow. Ty Webb on Thursday argued the fares were high.",
	), "Ty Webb", "Mo Grant", 0.2)
}

// TestTrainContentFirstByClass: in this corpus, written for the test,
// the annotators mark the say verbs "argued" and "insisted" when "that"
// opens the statement and not otherwise, and the stance verbs "feared"
// and "hoped" the other way round. Across all four verbs, "that" is as
// often marked as not, so what opens the statement tells nothing alone;
// joined with the verb's class it tells, also for a say verb the corpus
// never shows ("contended").
func TestTrainContentFirstByClass(t *testing.T) {
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		say, stance := []string{"argued", "insisted"}[i%2], []string{"feared", "hoped"}[i/2%2]
		s.attribution(a, " "+say+" ", "that "+corpusClauses[i%len(corpusClauses)], ". ")
		s.attribution(b, " "+stance+" ", corpusClauses[(i+1)%len(corpusClauses)], ". ")
		s.text(b + " " + say + " " + corpusClauses[(i+2)%len(corpusClauses)] + ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s %s that %s. ", a, []string{"feared", "hoped"}[i%2], corpusClauses[(i+4)%len(corpusClauses)])
	})
	scoredApart(t, keepScores(t, samples, "contended",
		"Ty Webb contended that the fares were high. Mo Grant contended the bus was slow.",
		"Mo Grant contended the bus was slow. Ty Webb contended that the fares were high.",
	), "Ty Webb", "Mo Grant", 0.1)
}
