package quotes

import "testing"

// Inputs that once made the extractor panic. Each must run through the
// rules alone and the default model without a panic.
func TestNoPanicOnOddOpenings(t *testing.T) {
	tests := []struct{ name, text string }{
		{"chanting opens the text", "Chanting “Save our park,” the neighbours filed into the hall."},
		{"lowercase chanting opens the text, quotation to the end", "chanting “Save our park”"},
		{"a learned cue ends the text after a fronted subordinator", "As i aAA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ex := range []Extractor{{}, {Model: DefaultModel()}} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("Extract(%q) with model %v panicked: %v", tt.text, ex.Model != nil, r)
						}
					}()
					for _, a := range ex.Extract(tt.text) {
						_ = a.Quote(tt.text)
					}
				}()
			}
		})
	}
}
