// `x.into()` through a hand-written `From`, where rustc infers the target from a parameter's,
// a field's or the return type, and std's reflexive `From<T> for T` when the value already
// has the target type.
use async_playground::prelude::{println, *};

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug)]
struct Feet(f64);

impl From<Feet> for Meters {
    fn from(feet: Feet) -> Self {
        Meters(feet.0 * 0.3048)
    }
}

struct Leg {
    distance: Meters,
    label: String,
}

struct Marker(Meters, u8);

struct Trip {
    total: Meters,
}

impl Trip {
    fn add(&mut self, leg: Meters) {
        self.total = Meters(self.total.0 + leg.0);
    }
}

impl Leg {
    fn new(feet: Feet) -> Leg {
        Leg { distance: feet.into(), label: "walk".into() }
    }
}

fn show(distance: Meters) {
    println!("show {distance:?}");
}

fn convert(feet: Feet) -> Meters {
    feet.into()
}

fn convert_early(feet: Feet, early: bool) -> Meters {
    if early {
        return feet.into();
    }
    Meters(0.0)
}

#[allow(clippy::useless_conversion)]
fn unchanged(meters: Meters) -> Meters {
    meters.into()
}

async fn measure(feet: Feet) -> Meters {
    yield_now().await;
    feet.into()
}

#[allow(clippy::useless_conversion)]
fn main() {
    block_on(async {
        show(Feet(10.0).into());
        println!("{:?}", convert(Feet(100.0)));
        println!("{:?} {:?}", convert_early(Feet(1.0), true), convert_early(Feet(1.0), false));
        println!("{:?}", unchanged(Meters(3.0)));
        let leg = Leg { distance: Feet(2.0).into(), label: String::from("run") };
        println!("{:?} {}", leg.distance, leg.label);
        let walk = Leg::new(Feet(5.0));
        println!("{:?} {}", walk.distance, walk.label);
        let marker = Marker(Feet(20.0).into(), 7);
        println!("{:?} {}", marker.0, marker.1);
        let mut trip = Trip { total: Meters(0.0) };
        trip.add(Feet(1000.0).into());
        trip.add(Meters(1.5).into());
        println!("{:?}", trip.total);
        let kept: Meters = Meters(4.0).into();
        println!("{kept:?} {:?}", measure(Feet(3.0)).await);
    });
}
