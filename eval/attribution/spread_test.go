package attribution

import (
	"math"
	"testing"

	"github.com/newsbot-dev/newsbot"
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

func TestSpread(t *testing.T) {
	t.Run("every article alike", func(t *testing.T) {
		arts, preds := spreadSet(30, 30)
		all, quoted := Spread(arts, preds, 500, 1)
		for _, iv := range []struct {
			name   string
			lo, hi float64
		}{{"all", all.Lo, all.Hi}, {"quoted", quoted.Lo, quoted.Hi}} {
			if iv.lo != 100 || iv.hi != 100 {
				t.Errorf("%s: interval [%v, %v], want [100, 100]: no resample can differ", iv.name, iv.lo, iv.hi)
			}
		}
	})
	t.Run("half found", func(t *testing.T) {
		// Precision is 100 in every resample and recall the share of
		// found articles drawn, about 50 ± 10 (two standard errors over
		// 100 draws), so F1 = 2R/(100+R) runs from about 57 to 75
		// around the full set's 66.7.
		arts, preds := spreadSet(100, 50)
		r := Score(arts, preds)
		_, _, f := r.All.PRF(r.All.Speaker)
		all, quoted := Spread(arts, preds, 2000, 1)
		if math.Abs(f-200.0/3) > 1e-9 {
			t.Fatalf("full-set F1 %v, want 66.67", f)
		}
		if all.Lo < 55 || all.Lo > 60 || all.Hi < 73 || all.Hi > 77 {
			t.Errorf("all: interval [%.2f, %.2f], want about [57, 75]", all.Lo, all.Hi)
		}
		if quoted != all {
			t.Errorf("quoted interval %v differs from all's %v, though every attribution is quoted", quoted, all)
		}
	})
	t.Run("same seed, same interval", func(t *testing.T) {
		arts, preds := spreadSet(40, 25)
		a1, _ := Spread(arts, preds, 300, 7)
		a2, _ := Spread(arts, preds, 300, 7)
		if a1 != a2 {
			t.Errorf("two runs with seed 7 gave %v and %v", a1, a2)
		}
	})
}
