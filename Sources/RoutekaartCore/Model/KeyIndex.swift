/// The positions of records by a text key (a vestigingscode, a PC4, an SWV code), the first record with a key
/// winning. An open-addressing table over an FNV-1a hash of the key's bytes: reading the country puts some
/// 6,000 keys in tables, and `Dictionary`'s seeded hash of a `String` costs more than the rest of reading a record.
struct KeyIndex: Sendable {
    /// Per slot the position of a record plus one; 0 for an empty slot. At most half the slots are used.
    private var slots: [Int32]
    /// The key of every record, in order.
    private(set) var keys: [String] = []

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        keys.reserveCapacity(capacity)
    }

    /// The keys of `count` records, the record at each position asked for its key (by position: a loop over
    /// records would copy each record, with all its texts).
    init(count: Int, key: (Int) -> String) {
        self.init(capacity: count)
        for position in 0..<count { append(key(position)) }
    }

    private static func hash(_ key: String) -> Int {
        func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
        if let hashed = key.utf8.withContiguousStorageIfAvailable(hash) { return hashed }
        return Array(key.utf8).withUnsafeBufferPointer(hash)
    }

    /// The slot of a key: where its first record is, or the empty slot where it belongs.
    private func slot(of key: String) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (slot, nil) }
            if keys[entry - 1] == key { return (slot, entry - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the key of the next record; the position of the first record with that key.
    @discardableResult
    mutating func append(_ key: String) -> Int {
        let (slot, found) = slot(of: key)
        keys.append(key)
        if let found { return found }
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return keys.count - 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Self.hash(keys[Int(entry) - 1]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// Adds a key when it is new; its position either way (keys added only this way are distinct, numbered from 0).
    mutating func insert(_ key: String) -> Int {
        if let found = position(of: key) { return found }
        return append(key)
    }

    /// The position of the first record with this key.
    func position(of key: String) -> Int? { slot(of: key).found }
}

/// The row of each postcode area of the regio-indeling by its number: a PC4 is four digits, so an array of ten
/// thousand slots finds it without hashing its text (the country has some 4,000). A key that is not four digits is in
/// no slot: the model's rules refuse it in the regio-indeling (`DUOImport.isPC4`), and a school's PC4 of another form
/// is in no postcode area.
struct PostcodeIndex: Sendable {
    /// Per number the position of its first row plus one; 0 for none.
    private var rows: [Int32]

    init(count: Int, key: (Int) -> String) {
        rows = Array(repeating: 0, count: 10_000)
        for position in 0..<count {
            guard let number = Self.number(key(position)), rows[number] == 0 else { continue }
            rows[number] = Int32(position + 1)
        }
    }

    /// The number of four ASCII digits, or nil.
    static func number(_ key: String) -> Int? {
        // A postcode is a small string, kept in the string itself: its bytes are read from there without the view's
        // index arithmetic.
        func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard bytes.count == 4 else { return nil }
            var value = 0
            for byte in bytes {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard key.utf8.count == 4 else { return nil }
        return key.utf8.withContiguousStorageIfAvailable(digits) ?? Array(key.utf8).withUnsafeBufferPointer(digits)
    }

    /// The position of the first row with this postcode.
    func position(of key: String) -> Int? {
        guard let number = Self.number(key), rows[number] != 0 else { return nil }
        return Int(rows[number]) - 1
    }
}
