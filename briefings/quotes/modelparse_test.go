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

// FuzzParseModel: any input is a model or an error, never a panic, and a
// model that parses writes back to bytes that parse to the same weights.
func FuzzParseModel(f *testing.F) {
	good, err := DefaultModel().MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good[:64])
	f.Add(good[:40])
	// A header, a count of one and a gap that does not fit an int.
	head := append([]byte(nil), good[:len(modelMagic)+30]...)
	head = append(head, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 1, 0)
	f.Add(head)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseModel(b)
		if err != nil {
			return
		}
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatalf("MarshalBinary of a parsed model: %v", err)
		}
		if _, err := ParseModel(again); err != nil {
			t.Fatalf("a parsed model written back does not parse: %v", err)
		}
	})
}
