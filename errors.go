package newsbot

import (
	"errors"
	"fmt"
)

// Error codes classify failures once, where they are understood, so that the
// edges can translate them once: a short sentence for users, the whole chain
// for the log.
const (
	EINVALID     = "invalid"     // the request is malformed; Message says how to fix it
	ENOTFOUND    = "not_found"   // nothing matches
	EFORBIDDEN   = "forbidden"   // the caller may not do this
	ECONFLICT    = "conflict"    // the request contradicts stored state
	EUNAVAILABLE = "unavailable" // a remote source failed; try again later
	EINTERNAL    = "internal"    // a bug or a storage failure; details only in the log
)

// Error is a classified error. Message is safe to show a user; Err carries
// the underlying chain for the log.
type Error struct {
	Code    string
	Message string
	Op      string
	Err     error
}

func (e *Error) Error() string {
	switch {
	case e.Err != nil && e.Op != "":
		return fmt.Sprintf("%s: %s: %v", e.Op, e.Code, e.Err)
	case e.Err != nil:
		return fmt.Sprintf("%s: %v", e.Code, e.Err)
	case e.Op != "":
		return fmt.Sprintf("%s: %s: %s", e.Op, e.Code, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns a classified error whose message is shown to users.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the sentence a user may read for err. Internal errors
// never leak their text: their details belong in the log.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" && e.Code != EINTERNAL {
		return e.Message
	}
	if errors.As(err, &e) && e.Code == EUNAVAILABLE {
		return "That source could not be reached just now. Please try again later."
	}
	return "Something went wrong on our side. The details were logged; please try again in a moment."
}
