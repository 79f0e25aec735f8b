package attribution

import (
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
)

func sp(s, e int) newsbot.Span { return newsbot.Span{Start: s, End: e} }

func field(spans ...[2]int) *Field { return &Field{Spans: spans} }

// text for the hand-made cases. The curly quotes are one code point each,
// which a byte-based scorer would get wrong. Offsets: the quotation 0-16,
// Annan 17-22, said 23-27, Medvedev 29-37, "Syria must act" 43-57.
const text = "“Peace is near,” Annan said. Medvedev said Syria must act."

func TestSpeakerRight(t *testing.T) {
	gold := Gold{Source: field([2]int{17, 22}), Content: field([2]int{0, 16})}
	tests := []struct {
		name string
		pred Prediction
		want bool
	}{
		{"exact", Prediction{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 22)}, true},
		{"partial overlap", Prediction{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(20, 27)}, true},
		{"no overlap", Prediction{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(23, 27)}, false},
		{"too long", Prediction{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 17+2*5+21)}, false},
		{"longest allowed", Prediction{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 17+2*5+20)}, true},
		{"inside content", Prediction{Content: []newsbot.Span{sp(0, 25)}, Speaker: sp(17, 22)}, false},
		{"none predicted", Prediction{Content: []newsbot.Span{sp(0, 16)}}, false},
	}
	for _, tt := range tests {
		if got := SpeakerRight(gold, tt.pred); got != tt.want {
			t.Errorf("%s: SpeakerRight = %v, want %v", tt.name, got, tt.want)
		}
	}
	noSource := Gold{Content: field([2]int{0, 16})}
	if got := SpeakerRight(noSource, Prediction{Content: []newsbot.Span{sp(0, 16)}}); !got {
		t.Errorf("no source, none predicted: SpeakerRight = false, want true")
	}
	if got := SpeakerRight(noSource, Prediction{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 22)}); got {
		t.Errorf("no source, one predicted: SpeakerRight = true, want false")
	}
}

func TestMatchAll(t *testing.T) {
	gold := []Gold{
		{Content: field([2]int{0, 16}), Source: field([2]int{17, 22})},  // the quotation
		{Content: field([2]int{43, 57}), Source: field([2]int{29, 37})}, // Syria must act
	}
	tests := []struct {
		name  string
		preds []Prediction
		want  []Match // Overlap and Speaker checked, in order of the result
	}{
		{"both exact", []Prediction{
			{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 22)},
			{Content: []newsbot.Span{sp(43, 57)}, Speaker: sp(29, 37)},
		}, []Match{{Pred: 0, Gold: 0, Overlap: 16, Speaker: true}, {Pred: 1, Gold: 1, Overlap: 14, Speaker: true}}},
		{"half of gold is enough", []Prediction{
			{Content: []newsbot.Span{sp(0, 8)}, Speaker: sp(17, 22)},
		}, []Match{{Pred: 0, Gold: 0, Overlap: 8, Speaker: true}}},
		{"less than half of gold", []Prediction{
			{Content: []newsbot.Span{sp(0, 7)}, Speaker: sp(17, 22)},
		}, nil},
		{"less than half of prediction", []Prediction{
			{Content: []newsbot.Span{sp(0, 33)}, Speaker: sp(17, 22)},
		}, nil},
		{"one-to-one, largest overlap wins", []Prediction{
			{Content: []newsbot.Span{sp(0, 10)}},
			{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(29, 37)},
		}, []Match{{Pred: 1, Gold: 0, Overlap: 16, Speaker: false}}},
		{"split spans count once each", []Prediction{
			{Content: []newsbot.Span{sp(43, 50), sp(48, 57)}, Speaker: sp(29, 37)},
		}, []Match{{Pred: 0, Gold: 1, Overlap: 14, Speaker: true}}},
	}
	for _, tt := range tests {
		got := MatchAll(gold, tt.preds)
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %d matches %+v, want %d %+v", tt.name, len(got), got, len(tt.want), tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: match %d = %+v, want %+v", tt.name, i, got[i], tt.want[i])
			}
		}
	}
}

func TestScoreQuotedSubset(t *testing.T) {
	a := Article{Text: text, Attributions: []Gold{
		{Content: field([2]int{0, 16}), Source: field([2]int{17, 22}), QuoteType: "direct"},
		{Content: field([2]int{43, 57}), Source: field([2]int{29, 37}), QuoteType: "indirect"},
		{Cue: field([2]int{23, 27})}, // no content: not gold
	}}
	preds := []Prediction{
		{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 22)},
		{Content: []newsbot.Span{sp(43, 57)}, Speaker: sp(23, 27)}, // wrong speaker
		{Content: []newsbot.Span{sp(1, 6)}},                        // "Peace": inside the quote, no mark of its own
	}
	r := Score([]Article{a}, [][]Prediction{preds})
	if got, want := r.All, (Counts{Predicted: 3, Gold: 2, Content: 2, Speaker: 1}); got != want {
		t.Errorf("All = %+v, want %+v", got, want)
	}
	if got, want := r.Quoted, (Counts{Predicted: 1, Gold: 1, Content: 1, Speaker: 1}); got != want {
		t.Errorf("Quoted = %+v, want %+v", got, want)
	}
	p, rc, f := r.All.PRF(r.All.Speaker)
	if int(p*10) != 333 || rc != 50 || int(f*10) != 400 {
		t.Errorf("All content+speaker P/R/F = %.2f %.2f %.2f, want 33.33 50 40", p, rc, f)
	}
	if got := r.All.SpeakerAccuracy(); got != 50 {
		t.Errorf("SpeakerAccuracy = %v, want 50", got)
	}
	if s := r.String(); !strings.Contains(s, "quoted") || !strings.Contains(s, "speaker accuracy") {
		t.Errorf("String() = %q, want quoted row and speaker accuracy", s)
	}
}

func TestLoad(t *testing.T) {
	in := `{"id": "x", "text": "“Hi,” he said.", "attributions": [{"kind": "Attribution", "source": {"text": "he", "spans": [[5, 7]]}, "cue": {"text": "said", "spans": [[8, 12]]}, "content": {"text": "“Hi,”", "spans": [[0, 5]]}, "quote_type": "direct"}, {"kind": "Attribution-no-source", "source": null, "cue": null, "content": null}]}

`
	got, err := Load(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Attributions) != 2 {
		t.Fatalf("Load = %+v, want one article with two attributions", got)
	}
	g := got[0].Attributions[0]
	if g.Source.Spans[0] != [2]int{5, 7} || !g.Quoted() {
		t.Errorf("first attribution = %+v", g)
	}
	if got[0].Attributions[1].Content != nil {
		t.Errorf("null content loaded as %+v, want nil", got[0].Attributions[1].Content)
	}
	all, _ := ScoreArticle(got[0], []Prediction{{Content: []newsbot.Span{sp(0, 5)}, Speaker: sp(5, 7)}})
	if all != (Counts{Predicted: 1, Gold: 1, Content: 1, Speaker: 1}) {
		t.Errorf("ScoreArticle = %+v, want one full match", all)
	}
	if _, err := Load(strings.NewReader("{not json}\n")); err == nil {
		t.Error("Load of bad JSON: no error")
	}
}
