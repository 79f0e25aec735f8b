package quotes

import (
	"math"
	"testing"
)

// An invented pair of boundary choices: one the ranker fixes by 0.15 over
// the rules' option, one it breaks by 0.12. Only a margin between the two
// keeps the fix and refuses the break; the coarse steps had none there
// and fell back to the rules' boundaries everywhere.
func TestChooseMarginFineSteps(t *testing.T) {
	m := &Model{w: make([]float32, 4)}
	m.w[1], m.w[2] = 0.15, 0.12
	groups := [][]group{{
		{x: [][]uint32{{}, {1}}, pos: []bool{false, true}}, // the cut is right
		{x: [][]uint32{{}, {2}}, pos: []bool{true, false}}, // the rules are right
		{x: [][]uint32{{}, {3}}, pos: []bool{true, true}},  // no difference
	}}
	got := chooseMargin(groups, func(int) *Model { return m }, func(string, ...any) {})
	if math.Abs(got-0.15) > 1e-9 {
		t.Errorf("chooseMargin = %v, want 0.15", got)
	}
}
