#!/usr/bin/env python3
"""Writes the demo portfolio (scripts/demo/data/portfolio.csv) and a payments file
(scripts/demo/data/payments.csv). Deterministic: the same files every run.
The output is committed; run this only to change the sample."""
import csv, os, random

random.seed(20260105)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

regions = [
    # (zone, currency, phone prefix, locale, first names, last names, weight)
    ("America/New_York", "USD", "+1212555", "en_US", ["James", "Maria", "Robert", "Linda", "Michael", "Aisha", "David", "Jennifer", "Carlos", "Emily"],
     ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson"], 30),
    ("America/Chicago", "USD", "+1312555", "en_US", ["Tyler", "Brianna", "Jamal", "Megan", "Luis", "Hannah"], ["Anderson", "Thomas", "Jackson", "White", "Harris", "Lopez"], 12),
    ("America/Denver", "USD", "+1303555", "en_US", ["Cody", "Kayla", "Diego", "Morgan"], ["Clark", "Lewis", "Young", "Walker"], 6),
    ("America/Los_Angeles", "USD", "+1213555", "en_US", ["Kevin", "Jasmine", "Brandon", "Sofia", "Nathan", "Chloe"], ["Nguyen", "Kim", "Hernandez", "Lee", "Chen", "Patel"], 14),
    ("Europe/London", "GBP", "+4420795", "en_GB", ["Oliver", "Amelia", "Harry", "Isla", "George", "Priya"], ["Taylor", "Davies", "Evans", "Thomas", "Roberts", "Khan"], 12),
    ("Europe/Berlin", "EUR", "+4930123", "de_DE", ["Lukas", "Mia", "Jonas", "Lea", "Finn", "Emma"], ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer"], 8),
    ("Europe/Paris", "EUR", "+3314567", "fr_FR", ["Louis", "Camille", "Hugo", "Chloé", "Jules", "Inès"], ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit"], 6),
    ("Asia/Kolkata", "INR", "+9198765", "en_IN", ["Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Isha"], ["Sharma", "Verma", "Gupta", "Iyer", "Reddy", "Nair"], 5),
    ("Asia/Tokyo", "JPY", "+8131234", "ja_JP", ["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"], 4),
    ("Australia/Sydney", "AUD", "+6129876", "en_AU", ["Jack", "Charlotte", "William", "Olivia", "Noah", "Ava"], ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor"], 3),
]
exponent = {"USD": 2, "GBP": 2, "EUR": 2, "INR": 2, "AUD": 2, "JPY": 0}
segments = ["retail", "retail", "retail", "smb", "telecom", "clinic"]

def decimal(minor, currency):
    e = exponent[currency]
    return str(minor) if e == 0 else f"{minor // 10**e}.{minor % 10**e:0{e}d}"

def day(offset):  # days after 2025-09-01
    import datetime
    return (datetime.date(2025, 9, 1) + datetime.timedelta(days=offset)).isoformat()

columns = ["source", "external_id", "name", "email", "phone", "sms_consent", "voice_consent", "timezone", "locale", "segment",
           "obligation_id", "amount", "currency", "issued_on", "due_on", "open_amount", "source_version",
           "address_line1", "locality", "region", "postal_code", "country"]
# A postal address per zone (no random draws, so the rest of the sample stays as it was).
places = {
    "America/New_York": ("Main Street", "New York", "NY", "100{:02d}", "US"), "America/Chicago": ("Lake Avenue", "Chicago", "IL", "606{:02d}", "US"),
    "America/Denver": ("Pine Road", "Denver", "CO", "802{:02d}", "US"), "America/Los_Angeles": ("Ocean Drive", "Los Angeles", "CA", "900{:02d}", "US"),
    "Europe/London": ("High Street", "London", "", "N{} 1AA", "GB"), "Europe/Berlin": ("Hauptstraße", "Berlin", "", "101{:02d}", "DE"),
    "Europe/Paris": ("rue de la Paix", "Paris", "", "750{:02d}", "FR"), "Asia/Kolkata": ("MG Road", "Kolkata", "WB", "7000{:02d}", "IN"),
    "Asia/Tokyo": ("Chuo-dori", "Tokyo", "", "100-00{:02d}", "JP"), "Australia/Sydney": ("George Street", "Sydney", "NSW", "20{:02d}", "AU"),
}
def address(zone, n):
    street, city, region, postcode, country = places[zone]
    return [f"{n * 7 % 900 + 10} {street}", city, region, postcode.format(n % 20 + 1), country]
weights = [r[-1] for r in regions]
payments = []
with open(os.path.join(out, "portfolio.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(columns)
    for n in range(1, 301):
        zone, currency, prefix, locale, firsts, lasts, _ = random.choices(regions, weights)[0]
        first, last = random.choice(firsts), random.choice(lasts)
        external = f"C-{n:05d}"
        email = f"{first}.{last}{n}@example.com".lower().replace("ü", "ue").replace("é", "e").replace("è", "e")
        phone = f"{prefix}{n:04d}"
        sms = random.random() < 0.6
        voice = random.random() < 0.4
        segment = random.choice(segments)
        for k in range(random.choice([1, 1, 2, 2, 3])):
            due = random.randint(0, 150)
            amount = random.randint(25_00, 900_00)  # minor units: 25.00–900.00, or 2500–90000 yen
            w.writerow(["billing", external, f"{first} {last}", email, phone, "yes" if sms else "no", "yes" if voice else "no", zone, locale,
                        segment, f"INV-{n:05d}-{k + 1}", decimal(amount, currency), currency, day(due - 30), day(due),
                        decimal(amount, currency), 1] + address(zone, n))
            if random.random() < 0.15:
                part = amount // random.choice([1, 2, 4])
                payments.append([f"demo-pay-{n}-{k}", f"billing:{external}", decimal(part, currency), currency, "card", f"TX{n:05d}{k}"])

with open(os.path.join(out, "payments.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["key", "account", "amount", "currency", "method", "reference"])
    w.writerows(payments)
