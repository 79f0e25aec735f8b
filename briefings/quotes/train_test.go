package quotes

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

// fixture builds a small annotated corpus, written for this test: in
// every article someone "groused" something (a cue no rule knows) and
// someone "said" something, and a verb of motion reports nothing.
func fixture() []Sample {
	names := []string{"Ann Lee", "Bo Diaz", "Cy Park", "Di Moss", "Ed Lund", "Flo Reyes", "Gus Hale", "Hal Wynn", "Ida Cole", "Jo Marsh", "Kit Vance", "Lu Chen"}
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
	names := []string{"Ann Lee", "Bo Diaz", "Cy Park", "Di Moss", "Ed Lund", "Flo Reyes", "Gus Hale", "Hal Wynn", "Ida Cole", "Jo Marsh", "Kit Vance", "Lu Chen"}
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
