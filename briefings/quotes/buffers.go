package quotes

import (
	"sync"
	"unicode/utf8"
)

// The token slice, the tallies, the text's code points and their byte
// offsets are most of what extraction allocates, in proportion to a
// text's length, and Extract drops them when it returns: kept for the
// next text instead, they spare the collector most of its work on a run
// over many articles.
var (
	tokenBufs                     sync.Pool // *[]token
	tallyBufs, runeBufs, offsBufs sync.Pool // *[]int32
)

// tokensFor returns an empty token slice with room for at least n.
func tokensFor(n int) []token {
	if p, ok := tokenBufs.Get().(*[]token); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]token, 0, n)
}

// talliesFor returns n int32s, all zero.
func talliesFor(n int) []int32 {
	s := int32sFor(&tallyBufs, n)
	clear(s)
	return s
}

// int32sFor returns n int32s from pool, of any value.
func int32sFor(pool *sync.Pool, n int) []int32 {
	if p, ok := pool.Get().(*[]int32); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]int32, n)
}

// runesOf returns the code points of text, as []rune(text) does, in a
// slice taken from the pool.
func runesOf(text string) []rune {
	rs := int32sFor(&runeBufs, utf8.RuneCountInString(text))
	i := 0
	for _, r := range text {
		rs[i] = r
		i++
	}
	return rs
}

// release gives x's token slice and tallies back for the next text. x
// must not be used after.
func (x *extractor) release() {
	toks := x.d.toks
	clear(toks) // the tokens hold the text's strings: not kept alive by the pool
	toks = toks[:0]
	tokenBufs.Put(&toks)
	x.d.toks = nil
	rs := x.d.rs
	runeBufs.Put(&rs)
	x.d.rs = nil
	if x.tally != nil {
		all := x.tally.words[:cap(x.tally.words)]
		tallyBufs.Put(&all)
		x.tally = nil
	}
}
