import AjarEngine
