package quotes

import "testing"

// TestParseModelTruncatedHeader: every prefix of a model is refused with
// an error. Cut inside the float32s after the quoted thresholds, the
// header check let ParseModel read past the end and panic.
func TestParseModelTruncatedHeader(t *testing.T) {
	good, err := DefaultModel().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for n := range min(len(good), 64) {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("ParseModel of the first %d bytes panicked: %v", n, r)
				}
			}()
			if _, err := ParseModel(good[:n]); err == nil {
				t.Errorf("ParseModel of the first %d bytes gave no error", n)
			}
		}()
	}
}
