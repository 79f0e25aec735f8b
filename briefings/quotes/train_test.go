package quotes

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

// The people and statements of the small corpora the training tests
// write: names the firstnames list knows, contents that are clauses and
// contents of the same length that are phrases.
var (
	corpusNames   = []string{"Ann Lee", "Bo Diaz", "Cy Park", "Di Moss", "Ed Lund", "Flo Reyes", "Gus Hale", "Hal Wynn", "Ida Cole", "Jo Marsh", "Kit Vance", "Lu Chen"}
	corpusClauses = []string{"the fee would rise", "the vote was late", "the rules were unfair", "the roads had holes",
		"the plan will fail", "the schools were full"}
	corpusPhrases = []string{"the fourth case", "the county appeal", "the second motion", "the water dispute",
		"the old lawsuit", "the rail contract"}
)

// fixture builds a small annotated corpus, written for this test: in
// every article someone "groused" something (a cue no rule knows) and
// someone "said" something, and a verb of motion reports nothing.
func fixture() []Sample {
	names := corpusNames
	claims := []string{"the budget was a mess", "the vote came too late", "the rules were unfair", "the plan would fail",
		"the roads needed repair", "the schools were crowded", "the tax was too high", "the park should stay open",
		"the bridge was unsafe", "the buses ran late", "the library needed books", "the port was too busy"}
	places := []string{"the store", "the station", "the market", "the harbor", "the museum", "the stadium"}
	var out []Sample
	for i := range 12 {
		a, b := names[i], names[(i+5)%len(names)]
		s := newSampleBuilder()
		s.text(fmt.Sprintf("%s spoke at the town hall on Monday. ", a))
		s.attribution(a, " groused that ", claims[i], ". ")
		s.text(fmt.Sprintf("%s walked to %s after the meeting. ", b, places[i%len(places)]))
		s.attribution(b, " said ", claims[(i+3)%len(claims)], ".")
		out = append(out, s.sample)
	}
	return out
}

type sampleBuilder struct {
	sample Sample
	n      int // code points so far
}

func newSampleBuilder() *sampleBuilder { return &sampleBuilder{} }

func (b *sampleBuilder) text(s string) {
	b.sample.Text += s
	b.n += len([]rune(s))
}

// attribution appends "speaker cue content end" and annotates it.
func (b *sampleBuilder) attribution(speaker, cue, content, end string) {
	src := newsbot.Span{Start: b.n, End: b.n + len([]rune(speaker))}
	b.text(speaker + cue)
	c := newsbot.Span{Start: b.n, End: b.n + len([]rune(content))}
	b.text(content + end)
	b.sample.Gold = append(b.sample.Gold, Gold{Content: []newsbot.Span{c}, Source: []newsbot.Span{src}})
}

func TestTrainFixture(t *testing.T) {
	samples := fixture()
	m, err := Train(samples, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Mo Grant spoke on Friday. Mo Grant groused that the fares were too high. Ty Webb walked to the office. Ty Webb said the trains were full."
	got := map[string]string{}
	for _, a := range (Extractor{Model: m}).Extract(text) {
		q := a.Quote(text)
		got[q.Cue] = q.Text + " / " + q.Mention
	}
	want := map[string]string{
		"groused": "the fares were too high / Mo Grant",
		"said":    "the trains were full / Ty Webb",
	}
	if len(got) != len(want) {
		t.Errorf("got %d attributions %v, want %v", len(got), got, want)
	}
	for cue, w := range want {
		// "that" may open the content or not.
		if g := strings.TrimPrefix(got[cue], "that "); g != w {
			t.Errorf("cue %q: got %q, want %q", cue, got[cue], w)
		}
	}
	// The rules alone do not know the cue: the model learned it.
	for _, a := range (Extractor{}).Extract(text) {
		if q := a.Quote(text); q.Cue == "groused" {
			t.Errorf("the rules found %q without the model", q.Text)
		}
	}

	// The same data and options give the same model, byte for byte.
	b1, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(samples, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("training twice gave different models")
	}
	// And the encoding round-trips.
	m3, err := ParseModel(b1)
	if err != nil {
		t.Fatal(err)
	}
	b3, _ := m3.MarshalBinary()
	if !bytes.Equal(b1, b3) {
		t.Error("ParseModel(MarshalBinary()) changed the model")
	}
}

func TestParseModelRejects(t *testing.T) {
	good, err := DefaultModel().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"empty":       nil,
		"not a model": []byte(strings.Repeat("x", 64)),
		"truncated":   good[:len(good)-1],
		"extra bytes": append(append([]byte(nil), good...), 0),
	} {
		if _, err := ParseModel(b); err == nil {
			t.Errorf("%s: ParseModel gave no error", name)
		}
	}
}

func TestTrainNeedsSamples(t *testing.T) {
	if _, err := Train(fixture()[:2], TrainOptions{Folds: 5}); err == nil {
		t.Error("Train with fewer samples than folds: no error")
	}
}

// TestTrainBoundary: annotators in this corpus, written for the test, end
// a statement before an appositive that comments on it ("…, a claim
// …"), which the rules keep; the ranker learns to cut there, and not
// before a clause that goes on with the statement ("…, but …").
func TestTrainBoundary(t *testing.T) {
	names := corpusNames
	claims := []string{"the budget was a mess", "the vote came too late", "the rules were unfair", "the plan would fail",
		"the roads needed repair", "the schools were crowded", "the tax was too high", "the park should stay open",
		"the bridge was unsafe", "the buses ran late", "the library needed books", "the port was too busy"}
	asides := []string{"a claim the mayor disputed", "a charge her rivals denied", "a view few shared", "a point the council rejected"}
	var samples []Sample
	for i := range 12 {
		s := newSampleBuilder()
		s.text("The council met on Monday. ")
		s.attribution(names[i], " said ", claims[i], ", "+asides[i%len(asides)]+". ")
		s.attribution(names[(i+4)%len(names)], " said ", claims[(i+6)%len(claims)]+", but the money ran out", ".")
		samples = append(samples, s.sample)
	}
	m, err := Train(samples, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := "The board met on Friday. Mo Grant said the fares were too high, a claim the board disputed. Ty Webb said the trains were full, but the staff ran out."
	got := map[string]bool{}
	for _, a := range (Extractor{Model: m}).Extract(text) {
		got[a.Quote(text).Text] = true
	}
	for _, w := range []string{"the fares were too high", "the trains were full, but the staff ran out"} {
		if !got[w] {
			t.Errorf("no statement %q in %v", w, got)
		}
	}
}

// The classifier averaged over runs is the mean of the fits made alone
// with each run's order, and one run is one fit; fits in different
// orders differ, or there would be nothing to average.
func TestTrainAveragesRuns(t *testing.T) {
	var rows []row
	for i := range 40 {
		rows = append(rows, row{x: []uint32{uint32(i % 5), 7, uint32(10 + i%3)}, y: i%5 < 2})
	}
	ok := make([]bool, 1<<modelBits)
	for _, i := range []int{0, 1, 2, 3, 4, 7, 10, 11, 12} {
		ok[i] = true
	}
	const seed = 9
	fit := func(r int) []float64 {
		return fitClassifier(rows, ok, 3, rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15+uint64(r)))).w
	}
	one := averaged(1, seed, func(rng *rand.Rand) *adagrad { return fitClassifier(rows, ok, 3, rng) })
	three := averaged(3, seed, func(rng *rand.Rand) *adagrad { return fitClassifier(rows, ok, 3, rng) })
	f0, f1, f2 := fit(0), fit(1), fit(2)
	differ := false
	for _, i := range []int{0, 1, 2, 3, 4, 7, 10, 11, 12} {
		if got, want := one.w[i], float32(f0[i]); got != want {
			t.Errorf("one run: weight %d = %v, want the single fit's %v", i, got, want)
		}
		if got, want := three.w[i], float32((f0[i]+f1[i]+f2[i])/3); got != want {
			t.Errorf("three runs: weight %d = %v, want the fits' mean %v", i, got, want)
		}
		differ = differ || f0[i] != f1[i]
	}
	if !differ {
		t.Error("fits in two orders gave the same weights")
	}
}

// TestShufflerKeepsOrderOnInsert: adding one item to the training set
// leaves the other items' relative order in every epoch as it was, so a
// rule change that alters one candidate does not reorder the rest (a
// shuffle of indices moved nearly all of them).
func TestShufflerKeepsOrderOnInsert(t *testing.T) {
	const n = 500
	ids := make([]uint64, n)
	for i := range ids {
		ids[i] = identity([]uint32{uint32(i), uint32(7 * i)}, i%3 == 0, fnvOffset)
	}
	more := append(append([]uint64(nil), ids[:n/2]...), identity([]uint32{99999}, true, fnvOffset))
	more = append(more, ids[n/2:]...)
	a, b := newShuffler(ids), newShuffler(more)
	ra := rand.New(rand.NewPCG(5, 6))
	rb := rand.New(rand.NewPCG(5, 6))
	for epoch := range 3 {
		oa := append([]int(nil), a.next(ra)...)
		var ob []uint64
		for _, i := range b.next(rb) {
			if i != n/2 { // the inserted item
				ob = append(ob, more[i])
			}
		}
		same := 0
		for k, i := range oa {
			if ids[i] == ob[k] {
				same++
			}
		}
		if same != n {
			t.Fatalf("epoch %d: %d of %d items kept their place relative to the others", epoch, same, n)
		}
		if epoch == 0 && oa[0] == 0 && oa[1] == 1 && oa[2] == 2 {
			t.Fatal("the order is not shuffled")
		}
	}
}

// TestShufflerEpochsDiffer: each epoch draws a new order.
func TestShufflerEpochsDiffer(t *testing.T) {
	ids := make([]uint64, 50)
	for i := range ids {
		ids[i] = identity([]uint32{uint32(i)}, false, fnvOffset)
	}
	s := newShuffler(ids)
	rng := rand.New(rand.NewPCG(1, 2))
	first := append([]int(nil), s.next(rng)...)
	second := s.next(rng)
	moved := 0
	for k := range first {
		if first[k] != second[k] {
			moved++
		}
	}
	if moved < 25 {
		t.Fatalf("only %d of 50 places changed between epochs", moved)
	}
}

// TestSmoothedBest: a lone spike loses to a broad plateau, and on a
// slope the cells at its high edge win.
func TestSmoothedBest(t *testing.T) {
	tests := []struct {
		name string
		g    [][]float64
		ok   func(i, j int) bool
	}{
		{
			name: "spike against plateau",
			g: [][]float64{
				{0, 0, 0, 0, 0, 0, 0},
				{0, 0, 0, 0, 5, 5, 5},
				{0, 9, 0, 0, 5, 5, 5},
				{0, 0, 0, 0, 5, 5, 5},
				{0, 0, 0, 0, 0, 0, 0},
			},
			ok: func(i, j int) bool { return i >= 1 && i <= 3 && j >= 4 },
		},
		{
			name: "slope",
			g: [][]float64{
				{1, 2, 3, 4, 5, 6},
				{2, 3, 4, 5, 6, 7},
				{3, 4, 5, 6, 7, 8},
			},
			ok: func(i, j int) bool { return j == 5 },
		},
		{name: "one cell", g: [][]float64{{3}}, ok: func(i, j int) bool { return i == 0 && j == 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if i, j := smoothedBest(tt.g); !tt.ok(i, j) {
				t.Errorf("got cell (%d, %d)", i, j)
			}
		})
	}
}

func TestSteps(t *testing.T) {
	got := steps(0.2, 0.3, 0.025)
	want := []float64{0.2, 0.225, 0.25, 0.275, 0.3}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("steps(0.2, 0.3, 0.025) = %v, want %v", got, want)
	}
}
