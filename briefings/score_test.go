package briefings

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// terms splits each sentence into its terms, as the archive stores them.
func terms(sentences ...string) [][]string {
	out := make([][]string, len(sentences))
	for i, s := range sentences {
		out[i] = Terms(s)
	}
	return out
}

// An article whose sentences share words so that every idea has something
// to measure.
var harbour = []string{
	"The harbour in Port Vale reopened to ferries on Monday after three months of storm repairs paid for by the town council.",
	"Engineers rebuilt the eastern breakwater of the harbour, which the January storm had split, and dredged the ferry channel.",
	"The council said ferry traffic to the islands would return to the full summer timetable within one week of the reopening.",
	"Fishing boats had used a temporary pontoon in the next bay while the harbour was closed for the repairs.",
	"A brass band played.",
	"Cafe owners on the quay said the long closure had cost them most of their spring trade and several seasonal jobs.",
}

func TestScoreArticleRange(t *testing.T) {
	for _, w := range []Weights{DefaultWeights, {Position: 1}, {Centrality: 1}, {Title: 1}, {Centrality: 1, Length: true}, {Position: 1, LeadCentrality: true}} {
		got := ScoreArticle(Terms("Port Vale harbour reopens"), terms(harbour...), nil, nil, w)
		if len(got) != len(harbour) {
			t.Fatalf("%+v: %d scores for %d sentences", w, len(got), len(harbour))
		}
		best := 0.0
		for i, s := range got {
			if s < 0 || s > 1 || math.IsNaN(s) {
				t.Errorf("%+v: score[%d] = %v, want in [0, 1]", w, i, s)
			}
			best = max(best, s)
		}
		if best != 1 {
			t.Errorf("%+v: best score = %v, want 1", w, best)
		}
	}
	if got := ScoreArticle(nil, nil, nil, nil, DefaultWeights); len(got) != 0 {
		t.Errorf("ScoreArticle of no sentences = %v", got)
	}
}

func TestScoreArticleUnfitAndEmptyScoreZero(t *testing.T) {
	sents := terms(harbour...)
	sents = append(sents, nil) // a sentence with no content words
	unfit := make([]bool, len(sents))
	unfit[0] = true
	got := ScoreArticle(nil, sents, unfit, nil, DefaultWeights)
	if got[0] != 0 || got[len(got)-1] != 0 {
		t.Errorf("scores = %v; want 0 for the unfit first sentence and the empty last one", got)
	}
	// With the first sentence unfit, the lead is the next one.
	if got[1] != 1 {
		t.Errorf("score of the first fit sentence = %v, want 1 (the lead)", got[1])
	}
}

func TestPositionFavoursTheLead(t *testing.T) {
	// The same sentence at every position: only the position tells them apart.
	s := "Ferries returned to the harbour on Monday after the storm repairs were finished."
	sents := terms(slices.Repeat([]string{s}, 12)...)
	got := ScoreArticle(nil, sents, nil, nil, Weights{Position: 1})
	for i := 1; i < len(got); i++ {
		if got[i] >= got[i-1] {
			t.Errorf("position %d scores %v, not below position %d (%v)", i, got[i], i-1, got[i-1])
		}
	}
	if got[3] < 0.7*got[1] {
		t.Errorf("second %v, fourth %v: want the opening sentences close to each other", got[1], got[3])
	}
	if got[int(leadSpan)] != 0.5*got[0] {
		t.Errorf("sentence %d scores %v, lead %v: want half the lead's", int(leadSpan), got[int(leadSpan)], got[0])
	}
	if got[11] > 0.5*got[1] {
		t.Errorf("twelfth %v, second %v: want the prior to fall off after the opening", got[11], got[1])
	}
}

// scene opens with three sentences that set a scene the rest of the article
// never returns to; news opens with the story itself.
var (
	scene = []string{
		"The mist hung low over the water as the first gulls circled.",
		"An old man in a yellow coat walked his dog along the sea wall.",
		"Somewhere a radio played a song from another summer.",
		"The harbour reopened to ferries on Monday after three months of storm repairs.",
		"Storm repairs to the harbour breakwater cost the council four million pounds.",
		"Ferries to the islands return to the harbour timetable next week, the council said.",
		"The council said the storm repairs to the harbour were finished early.",
	}
	news = []string{
		"The harbour reopened to ferries on Monday after three months of storm repairs.",
		"Storm repairs to the harbour breakwater cost the council four million pounds.",
		"Ferries to the islands return to the harbour timetable next week, the council said.",
		"An old man in a yellow coat walked his dog along the sea wall.",
		"Somewhere a radio played a song from another summer.",
		"The council said the storm repairs to the harbour were finished early.",
	}
)

func TestLeadCentrality(t *testing.T) {
	fitAll := func(int) bool { return true }
	// An opening the rest of the article never returns to yields; one that
	// states the story keeps its pull.
	for _, c := range []struct {
		name  string
		sents []string
		above bool
	}{{"scene-setting opening", scene, false}, {"news opening", news, true}} {
		on := ScoreArticle(nil, terms(c.sents...), nil, nil, Weights{Position: 1, Centrality: 1, LeadCentrality: true})
		off := ScoreArticle(nil, terms(c.sents...), nil, nil, Weights{Position: 1, Centrality: 1})
		last := len(c.sents) - 1 // a central sentence late in the article
		if gotAbove := on[0]/on[last] > off[0]/off[last]; gotAbove != c.above {
			t.Errorf("%s: lead/late-central %v with lead centrality, %v without; want it higher: %v", c.name, on[0]/on[last], off[0]/off[last], c.above)
		}
	}
	// Nothing central (no sentence shares a word with another): neutral.
	if got := leadCentrality([]float64{0, 0, 0, 0}, fitAll); got != 1 {
		t.Errorf("leadCentrality of an article with nothing central = %v, want 1", got)
	}
	// An article of no more than three fit sentences is all lead: neutral.
	if got := leadCentrality([]float64{1, 0.2, 0.5}, fitAll); math.Abs(got-1) > 1e-12 {
		t.Errorf("leadCentrality of a three-sentence article = %v, want 1", got)
	}
	// Unfit sentences neither count in the lead nor in the average.
	// Lead: 0.9, 1, 0.2 (mean 0.7); all fit: 2.7 over 6 (0.45).
	skip1 := func(i int) bool { return i != 1 }
	if got, want := leadCentrality([]float64{0.9, 0, 1, 0.2, 0.2, 0.2, 0.2}, skip1), 0.7/0.45; math.Abs(got-want) > 1e-12 {
		t.Errorf("leadCentrality with sentence 1 unfit = %v, want %v", got, want)
	}
}

func TestCentralityFavoursWhatTheArticleIsAbout(t *testing.T) {
	sents := terms(
		"The weather was mild.",
		"The harbour reopened to ferries after storm repairs.",
		"Ferries returned to the harbour once repairs to the storm damage ended.",
		"Storm repairs at the harbour cost the council four million pounds.",
		"A local choir sang at a wedding in another town.",
	)
	got := ScoreArticle(nil, sents, nil, nil, Weights{Centrality: 1})
	for _, on := range []int{1, 2, 3} {
		for _, off := range []int{0, 4} {
			if got[on] <= got[off] {
				t.Errorf("on-topic sentence %d scores %v, off-topic %d scores %v", on, got[on], off, got[off])
			}
		}
	}
	// A sentence is not central by resembling itself: an article of two
	// unrelated sentences has no central one.
	got = ScoreArticle(nil, terms("Ferries returned to the harbour.", "A choir sang at a wedding."), nil, nil, Weights{Centrality: 1})
	if got[0] != 0 || got[1] != 0 {
		t.Errorf("two unrelated sentences score %v; want 0 each", got)
	}
}

func TestTitleOverlap(t *testing.T) {
	sents := terms(harbour...)
	got := ScoreArticle(Terms("Cafe owners count the cost of the closure"), sents, nil, nil, Weights{Title: 1})
	if best := slices.Index(got, 1.0); best != 5 {
		t.Errorf("scores %v: best is %d, want 5 (the sentence sharing the headline's words)", got, best)
	}
	if got[4] != 0 {
		t.Errorf("sentence sharing no headline word scores %v, want 0", got[4])
	}
	// No title, no title feature.
	got = ScoreArticle(nil, sents, nil, nil, Weights{Title: 1, Position: 1})
	want := ScoreArticle(nil, sents, nil, nil, Weights{Position: 1})
	if !slices.Equal(got, want) {
		t.Errorf("without a title the title weight changed the scores: %v, want %v", got, want)
	}
}

func TestLengthDiscountsFragmentsAndRunOns(t *testing.T) {
	long := strings.Repeat("harbour ferries storm repairs council breakwater channel pontoon quay trade ", 5)
	sents := terms(
		"Ferries returned to the harbour on Monday after the council finished its storm repairs to the breakwater.",
		"Ferries returned.",
		long,
	)
	for _, c := range []struct {
		n    int
		want float64
	}{{12, 1}, {shortTerms, 1}, {5, 0.5}, {1, 0.1}, {longTerms, 1}, {50, 0.5}} {
		if got := lengthFactor(c.n); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("lengthFactor(%d) = %v, want %v", c.n, got, c.want)
		}
	}
	with := ScoreArticle(nil, sents, nil, nil, Weights{Centrality: 1, Length: true})
	without := ScoreArticle(nil, sents, nil, nil, Weights{Centrality: 1})
	if !(with[1]/with[0] < without[1]/without[0]) {
		t.Errorf("fragment relative to a full sentence: %v with length, %v without; want a discount", with[1]/with[0], without[1]/without[0])
	}
	if !(with[2]/with[0] < without[2]/without[0]) {
		t.Errorf("run-on relative to a full sentence: %v with length, %v without; want a discount", with[2]/with[0], without[2]/without[0])
	}
}

func TestSelect(t *testing.T) {
	sents := terms(
		"The harbour in Port Vale reopened to ferries on Monday after storm repairs.",
		"The harbour in Port Vale reopened to ferries on Monday after the storm repairs were done.",
		"Engineers rebuilt the eastern breakwater and dredged the channel.",
		"Cafe owners said the closure cost them their spring trade.",
		"Boats used a temporary pontoon.",
	)
	scores := []float64{1, 0.95, 0.6, 0.5, 0}
	cases := []struct {
		name       string
		redundancy float64
		k          int
		want       []int
	}{
		{"no redundancy control takes the best", 0, 3, []int{0, 1, 2}},
		{"a near-duplicate is skipped", 0.3, 3, []int{0, 2, 3}},
		{"k above the candidates stops at the scored ones", 0, 10, []int{0, 1, 2, 3}},
		{"duplicates are never taken, whatever k", 0.3, 10, []int{0, 2, 3}},
		{"k 1", 0.3, 1, []int{0}},
		{"k 0", 0.3, 0, nil},
	}
	for _, c := range cases {
		got := Select(scores, sents, nil, c.redundancy, c.k)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Select(k=%d, redundancy=%v) = %v, want %v", c.name, c.k, c.redundancy, got, c.want)
		}
	}
}

func TestSelectTradesScoreForNovelty(t *testing.T) {
	// Sentence 1 scores a little above 2 but repeats part of 0 (cosine
	// about 0.4, short of a duplicate); with redundancy control the novel
	// sentence 2 wins.
	sents := terms(
		"Storm repairs reopened the harbour to ferries and fishing boats on Monday.",
		"Fishing boats returned to the harbour on Tuesday, a day after the ferries.",
		"Cafe owners on the quay lost most of their spring trade during the closure.",
	)
	scores := []float64{1, 0.8, 0.7}
	if got := Select(scores, sents, nil, 0, 2); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("without redundancy = %v, want [0 1]", got)
	}
	if got := Select(scores, sents, nil, 0.5, 2); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("with redundancy = %v, want [0 2]", got)
	}
}

func TestDefaultWeightsUseEveryIdea(t *testing.T) {
	w := DefaultWeights
	if w.Position <= 0 || w.Centrality <= 0 || w.Title <= 0 || !w.Length || !w.LeadCentrality || w.Redundancy <= 0 {
		t.Errorf("DefaultWeights = %+v: every idea should be on, so that the ablation measures it", w)
	}
}

func BenchmarkScoreAndSelect(b *testing.B) {
	var text []string
	for i := 0; i < 5; i++ {
		text = append(text, harbour...)
	}
	sents := terms(text...)
	title := Terms("Port Vale harbour reopens")
	b.ResetTimer()
	for b.Loop() {
		scores := ScoreArticle(title, sents, nil, nil, DefaultWeights)
		Select(scores, sents, nil, DefaultWeights.Redundancy, 3)
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// TestScoreArticleDeterministic: the same article scores the same to the
// last bit every time, whatever order Go's maps iterate in, so ties
// between sentences break the same way in every briefing.
func TestScoreArticleDeterministic(t *testing.T) {
	sents := terms(harbour...)
	title := Terms("Port Vale harbour reopens to ferries after storm repairs")
	for _, w := range []Weights{DefaultWeights, {Centrality: 1, Title: 1.5, Length: true, LeadCentrality: true}} {
		first := ScoreArticle(title, sents, nil, nil, w)
		for range 200 {
			got := ScoreArticle(title, sents, nil, nil, w)
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(first[i]) {
					t.Fatalf("weights %+v: sentence %d scored %v, then %v", w, i, first[i], got[i])
				}
			}
		}
	}
}
