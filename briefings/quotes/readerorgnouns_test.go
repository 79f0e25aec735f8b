package quotes

import "testing"

// "the federation", "the association" name the body of that kind the
// last sentences named.
func TestReaderFederationAssociation(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Dockers' Federation voted to strike. Wages had stalled for years, the federation said.", "said", "Dockers' Federation"},
		{"The Orchard Growers Association cut its forecast. The association said frost had hit the blossom.", "said", "Orchard Growers Association"},
	})
}
