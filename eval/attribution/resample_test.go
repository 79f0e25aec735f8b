package attribution

import (
	"math"
	"slices"
	"testing"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/eval/bootstrap"
)

// spreadSet is n articles with the quotation of text annotated: the first
// right of them have it predicted with its speaker, the rest have nothing
// predicted.
func spreadSet(n, right int) ([]Article, [][]Prediction) {
	gold := Gold{Source: field([2]int{17, 22}), Content: field([2]int{0, 16}), QuoteType: "direct"}
	arts := make([]Article, n)
	preds := make([][]Prediction, n)
	for i := range arts {
		arts[i] = Article{Text: text, Attributions: []Gold{gold}}
		if i < right {
			preds[i] = []Prediction{{Content: []newsbot.Span{sp(0, 16)}, Speaker: sp(17, 22)}}
		}
	}
	return arts, preds
}

func TestResample(t *testing.T) {
	t.Run("every article alike", func(t *testing.T) {
		arts, preds := spreadSet(30, 30)
		all, quoted := Resample(arts, preds, 500, 0, 1)
		for name, v := range map[string][]float64{"all": all, "quoted": quoted} {
			if len(v) != 500 {
				t.Fatalf("%s: %d values, want one for each of 500 resamples", name, len(v))
			}
			if iv := bootstrap.Central(v); iv.Lo != 100 || iv.Hi != 100 {
				t.Errorf("%s: interval %v, want [100, 100]: no resample can differ", name, iv)
			}
		}
	})
	t.Run("half found", func(t *testing.T) {
		// Precision is 100 in every resample and recall the share of
		// found articles drawn, about 50 ± 10 (two standard errors over
		// 100 draws), so F1 = 2R/(100+R) runs from about 57 to 75
		// around the full set's 66.7, and half the resamples reach it.
		arts, preds := spreadSet(100, 50)
		r := Score(arts, preds)
		_, _, f := r.All.PRF(r.All.Speaker)
		if math.Abs(f-200.0/3) > 1e-9 {
			t.Fatalf("full-set F1 %v, want 66.67", f)
		}
		all, quoted := Resample(arts, preds, 2000, 0, 1)
		if !slices.IsSorted(all) {
			t.Error("values not sorted")
		}
		if iv := bootstrap.Central(all); iv.Lo < 55 || iv.Lo > 60 || iv.Hi < 73 || iv.Hi > 77 {
			t.Errorf("all: interval [%.2f, %.2f], want about [57, 75]", iv.Lo, iv.Hi)
		}
		if s := bootstrap.Share(all, f-1e-9); s < 0.45 || s > 0.62 {
			t.Errorf("%.3f of resamples reach the full set's F1, want about half", s)
		}
		if !slices.Equal(quoted, all) {
			t.Error("quoted values differ from all's, though every attribution is quoted")
		}
	})
	t.Run("smaller sets spread wider", func(t *testing.T) {
		// Sets of 25 drawn from the 100 spread about twice as far as
		// sets of 100.
		arts, preds := spreadSet(100, 50)
		whole, _ := Resample(arts, preds, 2000, 0, 1)
		quarter, _ := Resample(arts, preds, 2000, 25, 1)
		w, q := bootstrap.Central(whole), bootstrap.Central(quarter)
		if ratio := (q.Hi - q.Lo) / (w.Hi - w.Lo); ratio < 1.6 || ratio > 2.6 {
			t.Errorf("sets of 25: %v, %.2f times as wide as sets of 100: %v, want about 2", q, ratio, w)
		}
	})
	t.Run("same seed, same values", func(t *testing.T) {
		arts, preds := spreadSet(40, 25)
		a1, _ := Resample(arts, preds, 300, 0, 7)
		a2, _ := Resample(arts, preds, 300, 0, 7)
		if !slices.Equal(a1, a2) {
			t.Error("two runs with seed 7 differ")
		}
	})
}
