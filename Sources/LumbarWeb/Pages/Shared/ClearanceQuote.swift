import LumbarCore
import LumbarStore

/// A medical clearance as a page quotes it: the day it was recorded and the words, as given.
struct ClearanceQuote {
    var day: String
    var note: String

    init(_ record: ClearanceRecord) {
        day = PageDate.short(.utc(record.createdAt), withYear: true)
        note = record.note
    }
}
